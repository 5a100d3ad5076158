/**
 * Races on the ledger and the shelf, run concurrently on the local cloud (24 instances, real
 * transactions and write conflicts). Every answer must be a success or a real refusal — never
 * INTERNAL — and every invariant must hold afterwards.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { addItem, award, balanceOf, ledgerBreaches, rid, uid } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const codes = (results: { ok: boolean; error?: { code: string } }[]) =>
  results.reduce<Record<string, number>>((m, r) => {
    const k = r.ok ? 'ok' : (r.error?.code ?? '?');
    m[k] = (m[k] ?? 0) + 1;
    return m;
  }, {});

describe('redemption races', () => {
  it('100 concurrent redemptions with points for exactly 10: 10 succeed, 90 RESOURCE_EXHAUSTED', async () => {
    const item = await addItem(cloud, { cost: 7, stock: 1000 });
    await award(cloud, 'demo-resident-2', 70);
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        cloud.call('points', 'demo-resident-2', { action: 'redeem', itemId: item._id, requestId: rid() }),
      ),
    );
    expect(codes(results)).toEqual({ ok: 10, RESOURCE_EXHAUSTED: 90 });
    expect(await balanceOf(cloud, 'demo-resident-2')).toMatchObject({ balance: 0, lifetime: 70 });
    expect(cloud.store.find('mall_items', { _id: item._id })[0].stock).toBe(990);
    expect(cloud.store.count('redemptions', { userId: uid('demo-resident-2') })).toBe(10);
    expect(ledgerBreaches(cloud, { [item._id]: 1000 })).toEqual([]);
  });

  it('two people race for the last unit: exactly one gets it', async () => {
    const item = await addItem(cloud, { cost: 5, stock: 1 });
    await award(cloud, 'demo-party-1', 5);
    await award(cloud, 'demo-party-2', 5);
    const results = await Promise.all(
      ['demo-party-1', 'demo-party-2'].map((openid) =>
        cloud.call('points', openid, { action: 'redeem', itemId: item._id, requestId: rid() }),
      ),
    );
    expect(codes(results)).toEqual({ ok: 1, RESOURCE_EXHAUSTED: 1 });
    expect(cloud.store.find('mall_items', { _id: item._id })[0].stock).toBe(0);
    const balances = [await balanceOf(cloud, 'demo-party-1'), await balanceOf(cloud, 'demo-party-2')]
      .map((b) => b.balance)
      .sort();
    expect(balances).toEqual([0, 5]);
    expect(ledgerBreaches(cloud, { [item._id]: 1 })).toEqual([]);
  });

  it('30 people race for 5 units: 5 succeed, the rest are told it is sold out', async () => {
    const people = Array.from({ length: 30 }, (_, i) => `race-points-${i}`);
    cloud.store.insertMany(
      'users',
      people.map((openid, i) => ({
        _id: uid(openid),
        openid,
        communityId: 'c-demo',
        name: `居民${i}`,
        phone: '13700000000',
        buildingId: 'b-demo-2-1',
        room: '101',
        grants: [],
      })),
    );
    for (const p of people) await award(cloud, p, 3);
    const item = await addItem(cloud, { cost: 3, stock: 5 });
    const results = await Promise.all(
      people.map((p) => cloud.call('points', p, { action: 'redeem', itemId: item._id, requestId: rid() })),
    );
    expect(codes(results)).toEqual({ ok: 5, RESOURCE_EXHAUSTED: 25 });
    expect(ledgerBreaches(cloud, { [item._id]: 5 })).toEqual([]);
  });

  it('the same requestId 20 times at once makes one redemption, and every call answers it', async () => {
    const item = await addItem(cloud, { cost: 1, stock: 100 });
    await award(cloud, 'demo-resident-3', 20);
    const requestId = rid();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        cloud.call('points', 'demo-resident-3', { action: 'redeem', itemId: item._id, requestId }),
      ),
    );
    expect(codes(results)).toEqual({ ok: 20 });
    expect(new Set(results.map((r) => data(r).redemption._id)).size).toBe(1);
    expect(new Set(results.map((r) => data(r).redemption.code)).size).toBe(1);
    expect(cloud.store.count('redemptions', { requestId })).toBe(1);
    expect((await balanceOf(cloud, 'demo-resident-3')).balance).toBe(19);
    expect(ledgerBreaches(cloud, { [item._id]: 100 })).toEqual([]);
  });

  it('the same award requestId 10 times at once writes one entry', async () => {
    const requestId = rid();
    const event = {
      action: 'award',
      userId: uid('demo-leader-1'),
      amount: 8,
      area: 'environment',
      reason: '清理楼道',
      requestId,
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => cloud.call('points', 'demo-admin', event)));
    expect(codes(results)).toEqual({ ok: 10 });
    expect(await balanceOf(cloud, 'demo-leader-1')).toMatchObject({ balance: 8, lifetime: 8 });
    expect(ledgerBreaches(cloud)).toEqual([]);
  });

  it('a double-tapped verify fulfils once; a double-tapped cancel refunds once', async () => {
    const item = await addItem(cloud, { cost: 2, stock: 10 });
    await award(cloud, 'demo-grid-1', 4);
    const a = data(
      await cloud.call('points', 'demo-grid-1', { action: 'redeem', itemId: item._id, requestId: rid() }),
    ).redemption;
    const b = data(
      await cloud.call('points', 'demo-grid-1', { action: 'redeem', itemId: item._id, requestId: rid() }),
    ).redemption;
    const verifies = await Promise.all(
      Array.from({ length: 5 }, () => cloud.call('points', 'demo-admin', { action: 'verify', code: a.code })),
    );
    expect(codes(verifies)).toEqual({ ok: 1, FAILED_PRECONDITION: 4 });
    const cancels = await Promise.all(
      Array.from({ length: 5 }, () => cloud.call('points', 'demo-grid-1', { action: 'cancel', redemptionId: b._id })),
    );
    expect(codes(cancels)).toEqual({ ok: 5 });
    expect((await balanceOf(cloud, 'demo-grid-1')).balance).toBe(2);
    expect(ledgerBreaches(cloud, { [item._id]: 10 })).toEqual([]);
  });

  it('cancel racing verify: exactly one of them ends the redemption', async () => {
    const item = await addItem(cloud, { cost: 1, stock: 10 });
    await award(cloud, 'demo-grid-2', 1);
    const r = data(
      await cloud.call('points', 'demo-grid-2', { action: 'redeem', itemId: item._id, requestId: rid() }),
    ).redemption;
    const [cancel, verify] = await Promise.all([
      cloud.call('points', 'demo-grid-2', { action: 'cancel', redemptionId: r._id }),
      cloud.call('points', 'demo-admin', { action: 'verify', code: r.code }),
    ]);
    expect([cancel.ok, verify.ok].filter(Boolean)).toHaveLength(1);
    expect(ledgerBreaches(cloud, { [item._id]: 10 })).toEqual([]);
  });
});
