/**
 * 在职党员报到 end to end on the local cloud (issue 14): a member registers once (however many
 * submits race), the admin confirms or rejects, 1+X progress comes from the records, the admin signs
 * a 反馈卡 off and only then does the member's 共建单位 read and download it — its own unit only,
 * from a link nobody else can open.
 */
import { startTestCloud, type TestCloud } from '../support/cloud';
import { docxText, download } from '../support/ledger-files';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { currentPeriod } from '../../domain/party/rules';
import { hourCauses } from '../../domain/hours/credit';

let cloud: TestCloud;
const id = userIdFor;
const data = (res: any) => {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.data;
};
const reason = (res: any) => (res.ok ? 'ok' : (res.error.reason ?? res.error.code));
const FORM = {
  unitId: 'unit-a',
  partyOrg: '县财政局机关党支部',
  skills: ['legal'],
  skillsNote: '会计',
  availableTimes: ['saturday'],
};
const period = currentPeriod(new Date());

beforeAll(async () => {
  cloud = await startTestCloud();
  // The operator sets up two units: A pairs with 示范社区, B with both communities; C with 另一社区 only.
  const setup = (unitId: string, communityIds: string[], adminOpenid?: string) =>
    cloud.call('party', null, {
      action: 'unit.setup',
      unitId,
      name: `单位${unitId}`,
      kind: 'organ',
      communityIds,
      ...(adminOpenid ? { adminOpenid } : {}),
    });
  data(await setup('unit-a', ['c-demo'], 'demo-dept-2'));
  data(await setup('unit-b', ['c-demo', 'c-other'], 'demo-resident-b'));
  data(await setup('unit-c', ['c-other']));
});
afterAll(() => cloud.close());

test('only the operator sets up a unit; a community admin cannot grant 共建单位', async () => {
  expect(
    reason(
      await cloud.call('party', 'demo-admin', {
        action: 'unit.setup',
        unitId: 'x',
        name: '某单位',
        kind: 'organ',
        communityIds: ['c-demo'],
      }),
    ),
  ).toBe('PERMISSION_DENIED');
  expect(
    reason(
      await cloud.call('user', 'demo-admin', {
        action: 'roles.grant',
        userId: id('demo-resident-2'),
        role: 'unit_admin',
        scope: { unitId: 'unit-a' },
      }),
    ),
  ).toBe('UNIT_ADMIN_NOT_GRANTABLE');
});

test('the form offers the units paired with the community; another community’s unit is refused', async () => {
  const units = data(await cloud.call('party', 'demo-party-1', { action: 'units' })).units.map((u: any) => u._id);
  expect(units.sort()).toEqual(['unit-a', 'unit-b']);
  expect(reason(await cloud.call('party', 'demo-party-1', { action: 'register', ...FORM, unitId: 'unit-c' }))).toBe(
    'UNIT_NOT_PAIRED',
  );
});

test('five submits at once make one pending registration', async () => {
  const before = cloud.store.count('member_registrations');
  const all = await Promise.all(
    Array.from({ length: 5 }, () => cloud.call('party', 'demo-party-1', { action: 'register', ...FORM })),
  );
  expect(all.every((r) => r.ok)).toBe(true);
  expect(all.filter((r: any) => r.data.created)).toHaveLength(1);
  expect(cloud.store.count('member_registrations')).toBe(before + 1);
  const mine = data(await cloud.call('party', 'demo-party-1', { action: 'mine' }));
  expect(mine.registration).toMatchObject({
    status: 'pending',
    unitName: '单位unit-a',
    partyOrg: '县财政局机关党支部',
  });
  expect(mine.progress).toBeUndefined();
});

test('the admin sees pending registrations of their community only, and confirms once', async () => {
  const pending = data(await cloud.call('party', 'demo-admin', { action: 'review.list', status: 'pending' }));
  expect(pending.items.map((r: any) => r.userId)).toContain(id('demo-party-1'));
  expect(data(await cloud.call('party', 'demo-admin-b', { action: 'review.list', status: 'pending' })).items).toEqual(
    [],
  );
  expect(reason(await cloud.call('party', 'demo-resident-1', { action: 'review.list', status: 'pending' }))).toBe(
    'NOT_ADMIN',
  );
  expect(
    reason(
      await cloud.call('party', 'demo-admin-b', {
        action: 'review.decide',
        userId: id('demo-party-1'),
        decision: 'confirm',
      }),
    ),
  ).toBe('NOT_FOUND');
  const both = await Promise.all(
    [1, 2].map(() =>
      cloud.call('party', 'demo-admin', { action: 'review.decide', userId: id('demo-party-1'), decision: 'confirm' }),
    ),
  );
  expect(both.map(reason).sort()).toEqual(['REGISTRATION_DECIDED', 'ok']);
  expect(data(await cloud.call('party', 'demo-party-1', { action: 'mine' })).registration.status).toBe('confirmed');
  expect(reason(await cloud.call('party', 'demo-party-1', { action: 'register', ...FORM }))).toBe(
    'REGISTRATION_CONFIRMED',
  );
});

test('a rejected member sees the reason and may register again', async () => {
  data(await cloud.call('party', 'demo-resident-3', { action: 'register', ...FORM, unitId: 'unit-b' }));
  data(
    await cloud.call('party', 'demo-admin', {
      action: 'review.decide',
      userId: id('demo-resident-3'),
      decision: 'reject',
      reason: '请补交介绍信',
    }),
  );
  const mine = data(await cloud.call('party', 'demo-resident-3', { action: 'mine' }));
  expect(mine.registration).toMatchObject({ status: 'rejected', rejectReason: '请补交介绍信' });
  const again = data(await cloud.call('party', 'demo-resident-3', { action: 'register', ...FORM, unitId: 'unit-b' }));
  expect(again).toMatchObject({ created: true, registration: { status: 'pending' } });
});

test('1+X progress counts activities and 微心愿 from the hours ledger, 结对 and 建议 from their records', async () => {
  const userId = id('demo-party-1');
  const at = new Date();
  const entry = (source: 'activity' | 'wish', sourceId: string, minutes: number) => ({
    _id: hourCauses[source](sourceId, userId),
    communityId: 'c-demo',
    userId,
    unitId: 'unit-a',
    minutes,
    source,
    sourceId,
    reason: `示范${source}`,
    actorId: userId,
    at,
  });
  cloud.store.insertMany('hour_entries', [entry('activity', 'act-1', 90), entry('wish', 'wish-1', 30)]);
  cloud.store.insertMany('hour_accounts', [
    {
      _id: `hp_c-demo_${userId}`,
      communityId: 'c-demo',
      holder: 'person',
      holderId: userId,
      totalMinutes: 120,
      entryCount: 2,
      updatedAt: at,
    },
    {
      _id: 'hu_c-demo_unit-a',
      communityId: 'c-demo',
      holder: 'unit',
      holderId: 'unit-a',
      totalMinutes: 120,
      entryCount: 2,
      updatedAt: at,
    },
  ]);
  let mine = data(await cloud.call('party', 'demo-party-1', { action: 'mine' }));
  expect(mine.progress).toMatchObject({ met: 2, total: 4, minutes: 120 });
  expect(
    reason(
      await cloud.call('party', 'demo-resident-3', { action: 'suggest', text: '建议增设休息座椅', requestId: 'r1' }),
    ),
  ).toBe('MEMBER_NOT_CONFIRMED');
  for (let i = 0; i < 2; i += 1)
    data(await cloud.call('party', 'demo-party-1', { action: 'suggest', text: '建议增设休息座椅', requestId: 'r1' }));
  expect(
    reason(await cloud.call('party', 'demo-admin', { action: 'pair', userId, householdId: id('demo-newcomer-1') })),
  ).toBe('PAIRING_HOUSEHOLD_INVALID');
  data(await cloud.call('party', 'demo-admin', { action: 'pair', userId, householdId: id('demo-resident-1') }));
  mine = data(await cloud.call('party', 'demo-party-1', { action: 'mine' }));
  expect(mine.progress.items).toEqual([
    { kind: 'activity', count: 1, met: true },
    { kind: 'pairing', count: 1, met: true },
    { kind: 'wish', count: 1, met: true },
    { kind: 'suggestion', count: 1, met: true },
  ]);
  expect(mine.pairing).toMatchObject({ householdName: '周奶奶', buildingName: '1号楼' });
  const seen = data(await cloud.call('party', 'demo-admin', { action: 'member.get', userId, period }));
  expect(seen.suggestions.map((s: any) => s.text)).toEqual(['建议增设休息座椅']);
});

test('the unit admin sees its own members and hours, never a household, phone or room; another unit is refused', async () => {
  const overview = data(await cloud.call('party', 'demo-dept-2', { action: 'unit.overview' }));
  expect(overview.units).toEqual([expect.objectContaining({ _id: 'unit-a', totalMinutes: 120 })]);
  const members = data(await cloud.call('party', 'demo-dept-2', { action: 'unit.members', unitId: 'unit-a' }));
  expect(members.items).toEqual([
    expect.objectContaining({ userId: id('demo-party-1'), totalMinutes: 120, communityName: '示范社区' }),
  ]);
  const text = JSON.stringify(members);
  expect(text).not.toMatch(/周奶奶|1号楼|138\d{8}|"room"|"phone"/);
  // unit B's admin: B has only a pending member; unit A is not theirs.
  expect(
    data(await cloud.call('party', 'demo-resident-b', { action: 'unit.members', unitId: 'unit-b' })).items,
  ).toEqual([]);
  expect(reason(await cloud.call('party', 'demo-resident-b', { action: 'unit.members', unitId: 'unit-a' }))).toBe(
    'NOT_UNIT_ADMIN',
  );
  expect(reason(await cloud.call('party', 'demo-resident-1', { action: 'unit.overview' }))).toBe('NOT_UNIT_ADMIN');
  // A unit admin is no community admin: the review list and residents stay closed.
  expect(reason(await cloud.call('party', 'demo-resident-b', { action: 'review.list', status: 'pending' }))).toBe(
    'NOT_ADMIN',
  );
});

test('the 反馈卡: refused before sign-off, signed once, then the unit admin alone downloads a real docx', async () => {
  const userId = id('demo-party-1');
  const cardId = `c-demo_${userId}_${period}`;
  expect(reason(await cloud.call('party', 'demo-dept-2', { action: 'card.file', cardId }))).toBe(
    'FEEDBACK_CARD_NOT_SIGNED',
  );
  expect(data(await cloud.call('party', 'demo-dept-2', { action: 'card.list', unitId: 'unit-a' })).items).toEqual([]);
  expect(
    reason(await cloud.call('party', 'demo-dept-2', { action: 'card.sign', userId, period, remark: '表现突出' })),
  ).toBe('NOT_ADMIN');
  const card = data(
    await cloud.call('party', 'demo-admin', { action: 'card.sign', userId, period, remark: '服务热情，表现突出' }),
  );
  expect(card).toMatchObject({ _id: cardId, totalMinutes: 120, unitId: 'unit-a' });
  expect(
    reason(await cloud.call('party', 'demo-admin', { action: 'card.sign', userId, period, remark: '再签一次' })),
  ).toBe('FEEDBACK_CARD_SIGNED');
  // a 建议 given after the sign-off is not on the card: it was frozen when signed
  data(await cloud.call('party', 'demo-party-1', { action: 'suggest', text: '建议夜间加装路灯', requestId: 'late' }));

  const list = data(await cloud.call('party', 'demo-dept-2', { action: 'card.list', unitId: 'unit-a' }));
  expect(list.items.map((c: any) => c._id)).toEqual([cardId]);
  expect(reason(await cloud.call('party', 'demo-resident-b', { action: 'card.list', unitId: 'unit-a' }))).toBe(
    'NOT_UNIT_ADMIN',
  );
  expect(reason(await cloud.call('party', 'demo-resident-b', { action: 'card.file', cardId }))).toBe('NOT_UNIT_ADMIN');
  expect(reason(await cloud.call('party', 'demo-party-1', { action: 'card.file', cardId }))).toBe('NOT_UNIT_ADMIN');

  const file = data(await cloud.call('party', 'demo-dept-2', { action: 'card.file', cardId }));
  expect(file.name).toMatch(/^在职党员进社区服务反馈卡-张党员-单位unit-a-.+\.docx$/);
  const got = await download(file.url, 'demo-dept-2');
  expect(got.status).toBe(200);
  const text = docxText(got.bytes);
  for (const words of [
    '在职党员进社区服务反馈卡',
    '张党员',
    '单位unit-a',
    '示范社区',
    '2 小时',
    '服务热情，表现突出',
    '已完成',
    '活动',
    '微心愿',
    '意见建议',
    '建议增设休息座椅', // the member's 建议 of the quarter, as they wrote it
  ])
    expect(text).toContain(words);
  expect(text).not.toContain('建议夜间加装路灯');
  expect(text).not.toContain('周奶奶');
  for (const someone of ['demo-resident-b', 'demo-admin', 'demo-party-1', null])
    expect((await download(file.url, someone)).status).toBe(403);
});

test('two admins signing the same 反馈卡 at once: one signs, the other is told it is signed', async () => {
  const userId = id('demo-resident-3');
  data(await cloud.call('party', 'demo-admin', { action: 'review.decide', userId, decision: 'confirm' }));
  const both = await Promise.all(
    ['甲评语', '乙评语'].map((remark) =>
      cloud.call('party', 'demo-admin', { action: 'card.sign', userId, period, remark }),
    ),
  );
  expect(both.map(reason).sort()).toEqual(['FEEDBACK_CARD_SIGNED', 'ok']);
  expect(cloud.store.count('feedback_cards', { userId })).toBe(1);
});
