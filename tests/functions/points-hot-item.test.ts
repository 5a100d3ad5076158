/**
 * A popular 爱心超市 item: many people redeeming it at once. The unit is taken by one atomic update
 * on the item (a hold), the points settled in a transaction on the person's own account, and the
 * hold cleared or given back — so no CONFLICT reaches anyone, stock is never oversold, and a redeem
 * that dies half-way leaves a hold that points-timer ends (released, or cleared if it completed).
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { addItem, award, balanceOf, ledgerBreaches, rid, uid } from '../support/points';

let cloud: TestCloud;
const PEOPLE = Array.from({ length: 20 }, (_, i) => `hot-${i}`);

beforeAll(async () => {
  cloud = await startTestCloud();
  cloud.store.insertMany(
    'users',
    PEOPLE.map((openid, i) => ({
      _id: uid(openid),
      openid,
      communityId: 'c-demo',
      name: `热${i}`,
      phone: '13700000000',
      buildingId: i % 2 ? 'b-demo-1-1' : 'b-demo-2-1',
      room: '101',
      grants: [],
    })),
  );
  for (const p of PEOPLE) await award(cloud, p, 10);
});
afterAll(() => cloud.close());

const codes = (results: { ok: boolean; error?: { code: string } }[]) =>
  results.reduce<Record<string, number>>((m, r) => {
    const k = r.ok ? 'ok' : (r.error?.code ?? '?');
    m[k] = (m[k] ?? 0) + 1;
    return m;
  }, {});
const itemDoc = (id: string) => cloud.store.find('mall_items', { _id: id })[0] as Record<string, any>;
const timer = async () => data(await cloud.call('points-timer', null, { action: 'run' })).report;

/** Writes what a redeem that died right after taking its unit leaves: stock − 1 and a hold, minutes old. */
function leaveHold(itemId: string, redemptionId: string, token: string, minutesAgo = 10) {
  const before = itemDoc(itemId);
  const at = new Date(Date.now() - minutesAgo * 60_000);
  const after = { ...before, stock: before.stock - 1, holds: { ...before.holds, [redemptionId]: { token, at } } };
  cloud.store.applyChanges([{ coll: 'mall_items', key: itemId, before, after }]);
}

describe('a popular item', () => {
  it('20 people at once for 7 units: exactly 7 get one, 13 are told it is sold out, none CONFLICT', async () => {
    const item = await addItem(cloud, { cost: 4, stock: 7 });
    const results = await Promise.all(
      PEOPLE.map((p) => cloud.call('points', p, { action: 'redeem', itemId: item._id, requestId: rid() })),
    );
    expect(codes(results)).toEqual({ ok: 7, RESOURCE_EXHAUSTED: 13 });
    for (const r of results.filter((x) => !x.ok))
      expect((r as any).error).toMatchObject({ reason: 'STOCK_EXHAUSTED', message: expect.stringMatching(/已兑完/) });
    const balances = await Promise.all(PEOPLE.map(async (p) => (await balanceOf(cloud, p)).balance));
    expect(balances.filter((b) => b === 6)).toHaveLength(7);
    expect(balances.filter((b) => b === 10)).toHaveLength(13);
    expect(itemDoc(item._id)).toMatchObject({ stock: 0, supplied: 7 });
    expect(Object.keys(itemDoc(item._id).holds ?? {})).toEqual([]);
    expect(ledgerBreaches(cloud, { [item._id]: 7 })).toEqual([]);
    expect((await timer()).breaches).toEqual([]);
  });

  it('20 people at once with stock to spare: all succeed, stock drops by exactly 20', async () => {
    const item = await addItem(cloud, { cost: 1, stock: 100 });
    const results = await Promise.all(
      PEOPLE.map((p) => cloud.call('points', p, { action: 'redeem', itemId: item._id, requestId: rid() })),
    );
    expect(codes(results)).toEqual({ ok: 20 });
    expect(itemDoc(item._id).stock).toBe(80);
    expect(ledgerBreaches(cloud, { [item._id]: 100 })).toEqual([]);
  });

  it('a refused redeem gives its unit back (short of points once the hold is taken)', async () => {
    const item = await addItem(cloud, { cost: 3, stock: 5, limitPerPerson: 1 });
    data(await cloud.call('points', 'hot-0', { action: 'redeem', itemId: item._id, requestId: rid() }));
    const again = await cloud.call('points', 'hot-0', { action: 'redeem', itemId: item._id, requestId: rid() });
    expect(again).toMatchObject({ ok: false, error: { code: 'RESOURCE_EXHAUSTED' } });
    expect(itemDoc(item._id).stock).toBe(4);
    expect(ledgerBreaches(cloud, { [item._id]: 5 })).toEqual([]);
  });

  it('a redeem that died after taking its unit: points-timer puts the unit back, once', async () => {
    const item = await addItem(cloud, { cost: 1, stock: 3 });
    leaveHold(item._id, 'rd_crashed000000000000000001', 'tok1');
    expect(itemDoc(item._id).stock).toBe(2);
    expect(ledgerBreaches(cloud)).toEqual([]); // in flight, by the books
    const young = rid();
    leaveHold(item._id, `rd_${young.slice(0, 24)}`, 'tok2', 0); // a redeem still running: left alone
    const first = await timer();
    expect(first).toMatchObject({ holdsReleased: 1, holdsCleared: 0, breaches: [] });
    expect(itemDoc(item._id).stock).toBe(2);
    expect(Object.keys(itemDoc(item._id).holds)).toEqual([`rd_${young.slice(0, 24)}`]);
    expect((await timer()).holdsReleased).toBe(0);
  });

  it('a redeem that died after recording its redemption: the hold is cleared, the unit stays given', async () => {
    const item = await addItem(cloud, { cost: 1, stock: 3 });
    const r = data(
      await cloud.call('points', 'hot-1', { action: 'redeem', itemId: item._id, requestId: rid() }),
    ).redemption;
    const stored = cloud.store.find('redemptions', { _id: r._id })[0];
    // As if the caller died between its commit and clearing the hold: put the hold back, aged.
    const before = itemDoc(item._id);
    const at = new Date(Date.now() - 10 * 60_000);
    cloud.store.applyChanges([
      {
        coll: 'mall_items',
        key: item._id,
        before,
        after: { ...before, holds: { [r._id]: { token: stored.holdToken, at } } },
      },
    ]);
    // And a twin call (same request) that died after finding the redemption made: its unit must come back.
    leaveHold(item._id, 'rd_twin00000000000000000001', 'twin');
    const report = await timer();
    expect(report).toMatchObject({ holdsCleared: 1, holdsReleased: 1, breaches: [] });
    expect(itemDoc(item._id).stock).toBe(2);
    expect(ledgerBreaches(cloud, { [item._id]: 3 })).toEqual([]);
  });

  it('reconciliation proves the books: a unit that vanished without a hold is reported', async () => {
    const item = await addItem(cloud, { cost: 1, stock: 5 });
    const before = itemDoc(item._id);
    cloud.store.applyChanges([
      { coll: 'mall_items', key: item._id, before, after: { ...before, stock: before.stock - 1 } },
    ]);
    const report = await timer();
    expect(report.breaches).toContainEqual({ itemId: item._id, kind: 'stock_mismatch', expected: 5, actual: 4 });
    cloud.store.applyChanges([{ coll: 'mall_items', key: item._id, before: itemDoc(item._id), after: before }]);
    expect((await timer()).breaches).toEqual([]);
  });

  it('an admin’s stock edit during a rush keeps the books (supplied moves with it)', async () => {
    const item = await addItem(cloud, { cost: 1, stock: 10 });
    const [edit, ...redeems] = await Promise.all([
      cloud.call('points', 'demo-admin', { action: 'item.save', _id: item._id, name: item.name, cost: 1, stock: 50 }),
      ...PEOPLE.slice(0, 10).map((p) =>
        cloud.call('points', p, { action: 'redeem', itemId: item._id, requestId: rid() }),
      ),
    ]);
    expect(edit.ok).toBe(true);
    expect(codes(redeems).CONFLICT).toBeUndefined();
    expect(ledgerBreaches(cloud)).toEqual([]);
    expect((await timer()).breaches).toEqual([]);
  });
});
