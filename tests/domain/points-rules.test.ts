/** The mall, board periods, ids and codes, order earnings and permissions of the points feature. */
import fc from 'fast-check';
import { checkRedeem, checkRelease, checkVerify, expiryOf } from '../../domain/points/mall';
import { periodStart } from '../../domain/points/periods';
import { causes } from '../../domain/points/causes';
import { codeFor, itemIdFor, redemptionIdFor } from '../../cloudfunctions/_shared/ids/points';
import { orderEarnings, raterOf } from '../../domain/points/earnings';
import { mayReadLedgerOf, mayVerify, pointsLabelFor, mayManagePoints } from '../../domain/points/permissions';
import { pointSettingsFrom } from '../../domain/points/settings';
import { CODE_ALPHABET, DEFAULT_POINT_SETTINGS, redemptionCodeSchema } from '../../types/points';
import type { Actor } from '../../domain/actor';

const item = { name: '洗衣粉', cost: 30, stock: 2, limitPerPerson: 1 };
const NOW = new Date('2025-06-15T04:00:00Z');

describe('the mall', () => {
  it('checks stock, then the per-person limit, then points', () => {
    expect(checkRedeem(item, 30, 0)).toEqual({ ok: true });
    expect(checkRedeem({ ...item, stock: 0 }, 0, 5)).toMatchObject({
      ok: false,
      code: 'RESOURCE_EXHAUSTED',
      message: expect.stringContaining('已兑完'),
    });
    expect(checkRedeem(item, 0, 1)).toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      message: expect.stringContaining('每人限兑 1 件'),
    });
    expect(checkRedeem(item, 29, 0)).toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      message: expect.stringContaining('积分不足'),
    });
    expect(checkRedeem({ ...item, limitPerPerson: undefined }, 30, 99)).toEqual({ ok: true });
  });

  it('a redemption ends once: verify and release need it pending; verify and expire look at the expiry', () => {
    const pending = { status: 'pending' as const, expiresAt: expiryOf(NOW, 7) };
    expect(pending.expiresAt.toISOString()).toBe('2025-06-22T04:00:00.000Z');
    expect(checkVerify(pending, NOW)).toEqual({ ok: true });
    expect(checkVerify(pending, pending.expiresAt)).toMatchObject({
      code: 'FAILED_PRECONDITION',
      message: '该兑换已过期',
    });
    expect(checkRelease(pending, 'cancelled', NOW)).toEqual({ ok: true });
    expect(checkRelease(pending, 'expired', NOW)).toMatchObject({ code: 'FAILED_PRECONDITION' });
    expect(checkRelease(pending, 'expired', new Date('2025-06-23T00:00:00Z'))).toEqual({ ok: true });
    for (const status of ['fulfilled', 'cancelled', 'expired'] as const) {
      const ended = { ...pending, status };
      expect(checkVerify(ended, NOW)).toMatchObject({ code: 'FAILED_PRECONDITION' });
      expect(checkRelease(ended, 'cancelled', NOW)).toMatchObject({ code: 'FAILED_PRECONDITION' });
      expect(checkRelease(ended, 'expired', new Date('2030-01-01'))).toMatchObject({ code: 'FAILED_PRECONDITION' });
    }
  });
});

describe('board periods (China time, UTC+8)', () => {
  it('start at local midnight on the 1st', () => {
    // 2024-02-01 00:30 in China is still January in UTC.
    expect(periodStart('month', new Date('2024-01-31T16:30:00Z'))?.toISOString()).toBe('2024-01-31T16:00:00.000Z');
    expect(periodStart('month', new Date('2024-01-31T15:59:59Z'))?.toISOString()).toBe('2023-12-31T16:00:00.000Z');
    expect(periodStart('year', new Date('2024-12-31T16:00:00Z'))?.toISOString()).toBe('2024-12-31T16:00:00.000Z');
    expect(periodStart('year', new Date('2024-12-31T15:59:59Z'))?.toISOString()).toBe('2023-12-31T16:00:00.000Z');
    expect(periodStart('all', NOW)).toBeUndefined();
  });

  it('contain now, and begin on day 1 at 00:00 China time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.constantFrom('month' as const, 'year' as const),
        (now, period) => {
          const start = periodStart(period, now) as Date;
          const local = new Date(start.getTime() + 8 * 3600_000);
          expect(start.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(now.getTime() - start.getTime()).toBeLessThan((period === 'month' ? 31 : 366) * 86_400_000);
          expect([local.getUTCDate(), local.getUTCHours(), local.getUTCMinutes()]).toEqual([1, 0, 0]);
          if (period === 'year') expect(local.getUTCMonth()).toBe(0);
        },
      ),
    );
  });
});

describe('ids and codes', () => {
  it('derive entry ids from their causes', () => {
    expect(causes.orderTaker('o_1')).toBe('order:o_1:taker');
    expect(causes.rating('o_1')).toBe('rate:o_1');
    expect(causes.award('u_a', 'r1')).toBe('award:u_a:r1');
    expect(causes.redeem('rd_1')).toBe('redeem:rd_1');
    expect(causes.refund('rd_1')).toBe('refund:rd_1');
    expect(causes.reversal('award:u_a:r1')).toBe('reverse:award:u_a:r1');
  });

  it('the same person and requestId give the same redemption; anything else a different one', () => {
    expect(redemptionIdFor('u_a', 'r1')).toBe(redemptionIdFor('u_a', 'r1'));
    expect(redemptionIdFor('u_a', 'r1')).not.toBe(redemptionIdFor('u_b', 'r1'));
    expect(redemptionIdFor('u_a', 'r1')).not.toBe(redemptionIdFor('u_a', 'r2'));
    expect(itemIdFor('c1', '米')).not.toBe(itemIdFor('c2', '米'));
  });

  it('codes are 8 characters a person can type, read back by the input schema however typed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (seed) => {
        const code = codeFor(seed);
        expect(code).toHaveLength(8);
        expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
        expect(codeFor(seed)).toBe(code);
        expect(redemptionCodeSchema.parse(code)).toBe(code);
        expect(redemptionCodeSchema.parse(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`)).toBe(code);
      }),
    );
    expect(redemptionCodeSchema.parse('oo11-ilab')).toBe('0011-11AB'.replace('-', ''));
    expect(redemptionCodeSchema.safeParse('UUUUUUUU').success).toBe(false);
  });
});

describe('order earnings', () => {
  const settings = pointSettingsFrom();
  it('closed: the taker and the rater; rectifying: the rater; answered and closed: the rater only', () => {
    expect(orderEarnings({ _id: 'o1', status: 'closed', takerId: 't', raterId: 'r' }, settings)).toEqual({
      settled: true,
      due: [
        { cause: 'rate:o1', userId: 'r', amount: 2, area: 'governance', reason: '评价诉求办理' },
        { cause: 'order:o1:taker', userId: 't', amount: 10, area: 'volunteer', reason: '完成诉求服务' },
      ],
    });
    expect(orderEarnings({ _id: 'o1', status: 'rectifying', takerId: 't', raterId: 'r' }, settings)).toEqual({
      settled: false,
      due: [expect.objectContaining({ cause: 'rate:o1' })],
    });
    expect(orderEarnings({ _id: 'o1', status: 'closed', raterId: 'r' }, settings).due.map((e) => e.cause)).toEqual([
      'rate:o1',
    ]);
    for (const status of [
      'submitted',
      'dispatched',
      'taken',
      'completed',
      'answered',
      'cancelled',
      'transferred',
    ] as const) {
      expect(orderEarnings({ _id: 'o1', status, takerId: 't', raterId: 'r' }, settings)).toEqual({
        due: [],
        settled: false,
      });
    }
  });

  it('follows the community table; a zero amount earns nothing', () => {
    const custom = pointSettingsFrom({ orderTaker: 15, rating: 0 });
    expect(custom).toEqual({ ...DEFAULT_POINT_SETTINGS, orderTaker: 15, rating: 0 });
    expect(orderEarnings({ _id: 'o1', status: 'closed', takerId: 't', raterId: 'r' }, custom).due).toEqual([
      expect.objectContaining({ amount: 15, userId: 't' }),
    ]);
  });

  it('the rater is whoever made the last rate move', () => {
    expect(
      raterOf([
        { action: 'submit', actorId: 'a' },
        { action: 'rate', actorId: 'b' },
        { action: 'rectify', actorId: 'c' },
      ]),
    ).toBe('b');
    expect(raterOf([{ action: 'submit', actorId: 'a' }])).toBeUndefined();
  });
});

describe('permissions', () => {
  const actor = (grants: Actor['grants']): Actor => ({
    userId: 'u1',
    name: '甲',
    communityId: 'c1',
    buildingId: 'b1',
    grants,
  });
  it('admins manage; admins and the community’s merchants verify; party members see 先锋积分', () => {
    const admin = actor([{ role: 'community_admin', scope: { communityId: 'c1' } }]);
    const merchant = actor([{ role: 'merchant', scope: { communityId: 'c1' } }]);
    const foreignMerchant = actor([{ role: 'merchant', scope: { communityId: 'c2' } }]);
    const party = actor([{ role: 'party_member', scope: { gridId: 'g1' } }]);
    expect([admin, merchant, foreignMerchant, party].map(mayManagePoints)).toEqual([true, false, false, false]);
    expect([admin, merchant, foreignMerchant, party].map(mayVerify)).toEqual([true, true, false, false]);
    expect([admin, party].map(pointsLabelFor)).toEqual(['积分', '先锋积分']);
    expect(mayReadLedgerOf(party, 'u1')).toBe(true);
    expect(mayReadLedgerOf(party, 'u2')).toBe(false);
    expect(mayReadLedgerOf(admin, 'u2')).toBe(true);
  });
});
