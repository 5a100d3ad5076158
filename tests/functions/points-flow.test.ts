/**
 * The points feature end to end through the real functions: earning, the ledger, the mall
 * (redeem → verify / cancel / expire), reversal, and the invariants after each step.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { addItem, award, backdate, balanceOf, ledgerBreaches, rid, uid } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());
afterEach(() => expect(ledgerBreaches(cloud)).toEqual([]));

const call = (openid: string, event: object) => cloud.call('points', openid, event);
const redeem = async (openid: string, itemId: string) =>
  data(await call(openid, { action: 'redeem', itemId, requestId: rid() })).redemption;

describe('balance and ledger', () => {
  it('a newcomer has nothing yet; party members see 先锋积分', async () => {
    expect(await balanceOf(cloud, 'demo-resident-1')).toEqual({ balance: 0, lifetime: 0, label: '积分' });
    expect((await balanceOf(cloud, 'demo-party-3')).label).toBe('先锋积分');
    expect(data(await call('demo-resident-1', { action: 'ledger' }))).toEqual({
      items: [],
      account: { balance: 0, lifetime: 0, label: '积分' },
    });
  });

  it('an award raises balance and lifetime and is explained by an entry', async () => {
    const entry = await award(cloud, 'demo-resident-1', 30);
    expect(entry).toMatchObject({
      amount: 30,
      kind: 'earn',
      area: 'volunteer',
      reason: '参加志愿服务',
      balanceAfter: 30,
    });
    expect(entry._id).toMatch(/^award:/);
    expect(await balanceOf(cloud, 'demo-resident-1')).toMatchObject({ balance: 30, lifetime: 30 });
    expect(data(await call('demo-resident-1', { action: 'ledger' })).items[0]).toEqual(entry);
  });

  it('the same award sent twice is written once', async () => {
    const event = {
      action: 'award',
      userId: uid('demo-resident-2'),
      amount: 5,
      area: 'safety',
      reason: '夜间巡逻',
      requestId: rid(),
    };
    const first = data(await call('demo-admin', event)).entry;
    const second = data(await call('demo-admin', event)).entry;
    expect(second).toEqual(first);
    expect(await balanceOf(cloud, 'demo-resident-2')).toMatchObject({ balance: 5, lifetime: 5 });
  });

  it('the ledger pages by 20, newest first', async () => {
    for (let i = 0; i < 23; i += 1) await award(cloud, 'demo-leader-1', i + 1);
    const first = data(await call('demo-leader-1', { action: 'ledger' }));
    expect(first.items).toHaveLength(20);
    expect(first.items[0].amount).toBe(23);
    const second = data(await call('demo-leader-1', { action: 'ledger', cursor: first.nextCursor }));
    expect(second.items.map((e: { amount: number }) => e.amount)).toEqual([3, 2, 1]);
    expect(second.nextCursor).toBeUndefined();
  });
});

describe('the mall', () => {
  it('redeeming holds points and stock; 兑换后不清零: lifetime stays', async () => {
    await award(cloud, 'demo-party-1', 100);
    const item = await addItem(cloud, { cost: 30, stock: 2, name: '洗衣粉（大袋）' });
    const r = await redeem('demo-party-1', item._id);
    expect(r).toMatchObject({ status: 'pending', itemName: '洗衣粉（大袋）', cost: 30, userName: '张党员' });
    expect(r.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(await balanceOf(cloud, 'demo-party-1')).toMatchObject({ balance: 70, lifetime: 100 });
    expect(cloud.store.find('mall_items', { _id: item._id })[0].stock).toBe(1);
    expect(data(await call('demo-party-1', { action: 'ledger' })).items[0]).toMatchObject({
      amount: -30,
      kind: 'spend',
      balanceAfter: 70,
    });
  });

  it('verify at the counter by the code, typed loosely; a used code is refused, an unknown one is not found', async () => {
    await award(cloud, 'demo-party-2', 10);
    const item = await addItem(cloud, { cost: 10, stock: 5 });
    const r = await redeem('demo-party-2', item._id);
    const typed = `${r.code.slice(0, 4).toLowerCase()}-${r.code.slice(4)}`;
    expect(data(await call('demo-admin', { action: 'verify', code: typed })).redemption).toMatchObject({
      _id: r._id,
      status: 'fulfilled',
    });
    expect(await call('demo-admin', { action: 'verify', code: r.code })).toMatchObject({
      ok: false,
      error: { code: 'FAILED_PRECONDITION' },
    });
    expect(await call('demo-admin', { action: 'verify', code: 'ZZZZZZZZ' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await balanceOf(cloud, 'demo-party-2')).toMatchObject({ balance: 0, lifetime: 10 });
    expect(await call('demo-party-2', { action: 'cancel', redemptionId: r._id })).toMatchObject({
      ok: false,
      error: { code: 'FAILED_PRECONDITION' },
    });
  });

  it('cancel gives the points and the unit back, by a refund entry', async () => {
    await award(cloud, 'demo-resident-3', 12);
    const item = await addItem(cloud, { cost: 12, stock: 1 });
    const r = await redeem('demo-resident-3', item._id);
    const cancelled = data(await call('demo-resident-3', { action: 'cancel', redemptionId: r._id })).redemption;
    expect(cancelled.status).toBe('cancelled');
    expect(await balanceOf(cloud, 'demo-resident-3')).toMatchObject({ balance: 12, lifetime: 12 });
    expect(cloud.store.find('mall_items', { _id: item._id })[0].stock).toBe(1);
    expect(data(await call('demo-resident-3', { action: 'ledger' })).items[0]).toMatchObject({
      _id: `refund:${r._id}`,
      amount: 12,
      kind: 'refund',
    });
    expect(await call('demo-admin', { action: 'verify', code: r.code })).toMatchObject({
      ok: false,
      error: { code: 'FAILED_PRECONDITION' },
    });
  });

  it('a pending redemption past its expiry is expired by points-timer, and only once', async () => {
    await award(cloud, 'demo-property-1', 9);
    const item = await addItem(cloud, { cost: 9, stock: 3 });
    const r = await redeem('demo-property-1', item._id);
    expect(await call('demo-admin', { action: 'verify', code: r.code })).toMatchObject({ ok: true });
    const late = await redeem('demo-property-1', item._id).catch(() => null);
    expect(late).toBeNull(); // no points left
    await award(cloud, 'demo-property-1', 9);
    const r2 = await redeem('demo-property-1', item._id);
    backdate(cloud, r2._id);
    expect(await call('demo-admin', { action: 'verify', code: r2.code })).toMatchObject({
      ok: false,
      error: { code: 'FAILED_PRECONDITION' },
    });
    const [run1, run2] = [
      data(await cloud.call('points-timer', null, {})),
      data(await cloud.call('points-timer', null, {})),
    ];
    expect(run1.report.expired).toBe(1);
    expect(run2.report.expired).toBe(0);
    expect(run1.report.breaches).toEqual([]);
    expect(cloud.store.find('redemptions', { _id: r2._id })[0].status).toBe('expired');
    expect(await balanceOf(cloud, 'demo-property-1')).toMatchObject({ balance: 9, lifetime: 18 });
    expect(cloud.store.find('mall_items', { _id: item._id })[0].stock).toBe(2);
  });

  it('not enough points, no stock, or the per-person limit → RESOURCE_EXHAUSTED, nothing written', async () => {
    await award(cloud, 'demo-dept-1', 20);
    const dear = await addItem(cloud, { cost: 21, stock: 5 });
    const gone = await addItem(cloud, { cost: 1, stock: 0 });
    const limited = await addItem(cloud, { cost: 1, stock: 5, limitPerPerson: 1 });
    await redeem('demo-dept-1', limited._id);
    const before = cloud.store.count('redemptions');
    for (const itemId of [dear._id, gone._id, limited._id]) {
      expect(await call('demo-dept-1', { action: 'redeem', itemId, requestId: rid() })).toMatchObject({
        ok: false,
        error: { code: 'RESOURCE_EXHAUSTED' },
      });
    }
    expect(cloud.store.count('redemptions')).toBe(before);
    expect(await balanceOf(cloud, 'demo-dept-1')).toMatchObject({ balance: 19 });
  });

  it('items list the shelf; item.save edits an item in place and refuses a second item of the same name', async () => {
    const item = await addItem(cloud, { cost: 5, stock: 5, name: '大米 5kg' });
    const image = await cloud.uploadPhoto('demo-admin');
    const edit = { action: 'item.save', _id: item._id, name: '大米 10kg', cost: 8, stock: 3, image };
    const saved = data(await call('demo-admin', edit)).item;
    expect(saved).toEqual({ _id: item._id, name: '大米 10kg', cost: 8, stock: 3, image });
    // A picture must be the admin's own upload (the one photo rule); one the item already has stays.
    const foreign = await cloud.uploadPhoto('demo-resident-1');
    expect(await call('demo-admin', { ...edit, image: foreign })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
    expect(await call('demo-admin', { ...edit, image: 'cloud://other-env.bucket/items/x/y.png' })).toMatchObject({
      ok: false,
    });
    expect(data(await call('demo-admin', { ...edit, stock: 4 })).item.image).toBe(image);
    const again = { action: 'item.save', name: '食用油', cost: 20, stock: 2 };
    const first = data(await call('demo-admin', again)).item;
    expect(data(await call('demo-admin', again)).item).toEqual(first); // a double tap adds one item
    expect(await call('demo-admin', { ...again, cost: 25 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const shelf = data(await call('demo-resident-1', { action: 'items' })).items;
    expect(shelf.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(['大米 10kg', '食用油']));
  });
});

describe('reversal (冲正)', () => {
  it('reverses an earning with a new entry, once; balance and lifetime both go down', async () => {
    const entry = await award(cloud, 'demo-grid-2', 15);
    const reversal = data(await call('demo-admin', { action: 'reverse', entryId: entry._id, reason: '误加' })).entry;
    expect(reversal).toMatchObject({
      _id: `reverse:${entry._id}`,
      amount: -15,
      kind: 'reversal',
      reverses: entry._id,
      balanceAfter: 0,
    });
    expect(data(await call('demo-admin', { action: 'reverse', entryId: entry._id, reason: '再来一次' })).entry).toEqual(
      reversal,
    );
    expect(await balanceOf(cloud, 'demo-grid-2')).toMatchObject({ balance: 0, lifetime: 0 });
    expect(cloud.store.count('point_entries', { _id: entry._id })).toBe(1); // the original is never touched
  });

  it('refuses to reverse points already spent (balance would go below zero) and to reverse a spend', async () => {
    const entry = await award(cloud, 'demo-grid-1', 6);
    const item = await addItem(cloud, { cost: 6, stock: 1 });
    const r = await redeem('demo-grid-1', item._id);
    expect(await call('demo-admin', { action: 'reverse', entryId: entry._id, reason: '误加' })).toMatchObject({
      ok: false,
      error: { code: 'RESOURCE_EXHAUSTED' },
    });
    expect(await call('demo-admin', { action: 'reverse', entryId: `redeem:${r._id}`, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FAILED_PRECONDITION' },
    });
    expect(await call('demo-admin', { action: 'reverse', entryId: 'award:nobody:nothing', reason: 'x' })).toMatchObject(
      { ok: false, error: { code: 'NOT_FOUND' } },
    );
  });
});

describe('points-timer', () => {
  it('refuses a call from a person', async () => {
    expect(await cloud.call('points-timer', 'demo-admin', {})).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
  });

  it('reports a breach when the books do not balance, and stores the report', async () => {
    await award(cloud, 'demo-resident-2', 1);
    const [account] = cloud.store.find('point_accounts', { _id: `c-demo_${uid('demo-resident-2')}` });
    cloud.store.applyChanges([
      { coll: 'point_accounts', key: account._id as string, before: account, after: { ...account, balance: 999 } },
    ]);
    const { report } = data(await cloud.call('points-timer', null, { Type: 'Timer', TriggerName: 'points' }));
    expect(report.breaches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ accountId: account._id, kind: 'balance_mismatch', actual: 999 }),
      ]),
    );
    expect(cloud.store.count('points_reconcile_reports', { _id: report._id })).toBe(1);
    cloud.store.applyChanges([
      { coll: 'point_accounts', key: account._id as string, before: { ...account, balance: 999 }, after: account },
    ]);
  });
  it('finds a breach in an account untouched for a long time, by its rolling sweep', async () => {
    await award(cloud, 'demo-leader-1', 1);
    const [account] = cloud.store.find('point_accounts', { _id: `c-demo_${uid('demo-leader-1')}` });
    const stale = { ...account, lifetime: (account.lifetime as number) + 1, updatedAt: new Date('2020-01-01') };
    cloud.store.applyChanges([{ coll: 'point_accounts', key: account._id as string, before: account, after: stale }]);
    const { report } = data(await cloud.call('points-timer', null, {}));
    expect(report.breaches).toEqual([expect.objectContaining({ accountId: account._id, kind: 'lifetime_mismatch' })]);
    cloud.store.applyChanges([{ coll: 'point_accounts', key: account._id as string, before: stale, after: account }]);
  });
});

describe('screens in one call', () => {
  it('ledger and shelf pages carry the holder’s figures, so their screens need no balance call', async () => {
    await award(cloud, 'demo-resident-2', 9);
    const own = await balanceOf(cloud, 'demo-resident-2');
    expect(data(await call('demo-resident-2', { action: 'ledger' })).account).toEqual(own);
    expect(data(await call('demo-resident-2', { action: 'items' })).account).toEqual(own);
    // An admin reading a member's ledger gets the member's figures, not their own.
    const theirs = data(await call('demo-admin', { action: 'ledger', userId: uid('demo-resident-2') }));
    expect(theirs.account).toEqual(own);
    expect(theirs.account).not.toEqual(await balanceOf(cloud, 'demo-admin'));
  });
});
