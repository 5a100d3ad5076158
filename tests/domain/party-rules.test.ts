import { administersUnit, commitmentProgress, currentPeriod, servingUnitOf, unitIdsOf } from '../../domain/party/rules';
import { normaliseGrant } from '../../domain/grants';
import { sameGrant } from '../../domain/actor';
import { roleLabel } from '../../src/features/roles';

test('the 1+X period is the China-time quarter: 31 Dec 23:30 in Beijing is still Q4', () => {
  expect(currentPeriod(new Date('2026-12-31T15:30:00Z'))).toBe('2026-Q4');
  expect(currentPeriod(new Date('2026-12-31T16:30:00Z'))).toBe('2027-Q1');
  expect(currentPeriod(new Date('2026-04-01T00:00:00+08:00'))).toBe('2026-Q2');
});

test('an item of 1+X is met from one record on; progress counts the items met', () => {
  const p = commitmentProgress({ activity: 3, pairing: 0, wish: 1, suggestion: 0 });
  expect(p.items.map((i) => [i.kind, i.met])).toEqual([
    ['activity', true],
    ['pairing', false],
    ['wish', true],
    ['suggestion', false],
  ]);
  expect([p.met, p.total]).toEqual([2, 4]);
  expect(commitmentProgress({ activity: 0, pairing: 0, wish: 0, suggestion: 0 }).met).toBe(0);
});

test('a unit admin administers the units of their unit_admin grants only', () => {
  const grants = [
    { role: 'unit_admin' as const, scope: { unitId: 'u1' } },
    { role: 'party_member' as const, scope: { gridId: 'g1' } },
    { role: 'unit_admin' as const, scope: { unitId: 'u1' } },
  ];
  expect(unitIdsOf({ grants })).toEqual(['u1']);
  expect(administersUnit({ grants }, 'u1')).toBe(true);
  expect(administersUnit({ grants }, 'u2')).toBe(false);
});

test('共建单位 cannot be granted by a community admin; unit grants compare by unitId', () => {
  expect(normaliseGrant({ role: 'unit_admin', scope: { unitId: 'u1' } }, 'c1')).toMatchObject({
    ok: false,
    reason: 'UNIT_ADMIN_NOT_GRANTABLE',
  });
  const a = { role: 'unit_admin' as const, scope: { unitId: 'u1' } };
  expect(sameGrant(a, { role: 'unit_admin', scope: { unitId: 'u2' } })).toBe(false);
  expect(sameGrant(a, { role: 'unit_admin', scope: { unitId: 'u1' } })).toBe(true);
  expect(roleLabel(a, new Map([['u1', '县财政局']]))).toBe('共建单位（县财政局）');
});

test('hours count for a unit only while the registration is confirmed', () => {
  expect(servingUnitOf({ status: 'confirmed', unitId: 'u1' })).toBe('u1');
  for (const status of ['pending', 'rejected', 'left'] as const)
    expect(servingUnitOf({ status, unitId: 'u1' })).toBe('');
  expect(servingUnitOf(null)).toBe('');
});
