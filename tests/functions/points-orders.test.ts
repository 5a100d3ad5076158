/**
 * Points earned by orders: the taker of a closed order and the resident who rates it, posted by
 * the `orders` hook right after the move commits and swept up by points-timer if the hook missed.
 * However often an order "closes" (double tap, retried timer, hook and sweep both), it awards once.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { orderIn } from '../support/orders';
import { balanceOf, ledgerBreaches, uid } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());
afterEach(() => expect(ledgerBreaches(cloud)).toEqual([]));

const entriesOf = (cause: string) => cloud.store.find('point_entries', { _id: cause });
const timer = async () => data(await cloud.call('points-timer', null, { action: 'run' })).report;

describe('order earnings', () => {
  it('a closed order awards the taker 10 and the rater 2, once, however often the timer runs', async () => {
    const before = await balanceOf(cloud, 'demo-party-1');
    const o = await orderIn(cloud, 'completed');
    data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: o._id, score: 5 }));
    await timer();
    await timer();
    expect(entriesOf(`order:${o._id}:taker`)).toEqual([
      expect.objectContaining({
        userId: uid('demo-party-1'),
        amount: 10,
        kind: 'earn',
        reason: '完成诉求服务：居家养老',
      }),
    ]);
    expect(entriesOf(`rate:${o._id}`)).toEqual([
      expect.objectContaining({ userId: uid('demo-resident-1'), amount: 2, reason: '评价诉求办理：居家养老' }),
    ]);
    expect((await balanceOf(cloud, 'demo-party-1')).lifetime).toBe(before.lifetime + 10);
    expect(cloud.store.find('orders', { _id: o._id })[0].pointsSettled).toBe(true);
  });

  it('a double-tapped rating awards once', async () => {
    const o = await orderIn(cloud, 'completed');
    const taps = await Promise.all(
      Array.from({ length: 5 }, () =>
        cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: o._id, score: 4 }),
      ),
    );
    expect(taps.filter((r) => r.ok)).toHaveLength(1);
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(1);
    expect(entriesOf(`rate:${o._id}`)).toHaveLength(1);
  });

  it('a bad rating earns the rater at once and the taker only when the resident confirms the 整改', async () => {
    const o = await orderIn(cloud, 'completed');
    data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: o._id, score: 1 }));
    expect(entriesOf(`rate:${o._id}`)).toHaveLength(1);
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(0);
    await timer();
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(0);
    data(await cloud.call('orders', 'demo-grid-1', { action: 'rectify', orderId: o._id, reply: '已重新维修' }));
    await timer();
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(0); // 整改待确认: still 待确认
    data(await cloud.call('orders', 'demo-resident-1', { action: 'confirm', orderId: o._id }));
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(1);
    await timer();
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(1);
    expect(entriesOf(`rate:${o._id}`)).toHaveLength(1);
  });

  it('an answered order has no taker: only the rater earns', async () => {
    const o = data(
      await cloud.call('orders', 'demo-resident-2', {
        action: 'submit',
        requestId: `ans${Date.now()}`,
        category: 'convenience',
        content: '社保卡在哪里办？',
      }),
    ).order;
    data(
      await cloud.call('orders', 'demo-admin', {
        action: 'dispatch',
        orderId: o._id,
        kind: 'reply',
        reply: '请到社区服务中心一楼办理',
      }),
    );
    data(await cloud.call('orders', 'demo-resident-2', { action: 'rate', orderId: o._id, score: 5 }));
    expect(entriesOf(`rate:${o._id}`)).toEqual([expect.objectContaining({ userId: uid('demo-resident-2') })]);
    expect(cloud.store.find('point_entries', { _id: { $regex: `^order:${o._id}` } })).toEqual([]);
  });

  it('if the hook never ran (a crash after the move), the timer posts the awards, then flags the order', async () => {
    const o = await orderIn(cloud, 'completed');
    // The state right after the rate move committed and before any points were posted.
    const [doc] = cloud.store.find('orders', { _id: o._id }) as Array<Record<string, any>>;
    const rated = {
      ...doc,
      status: 'closed',
      rating: { score: 5 },
      updatedAt: new Date(),
      timeline: [
        ...doc.timeline,
        { at: new Date(), actorId: uid('demo-resident-1'), actorName: '周奶奶', actorRole: '居民', action: 'rate' },
      ],
    };
    cloud.store.applyChanges([{ coll: 'orders', key: o._id, before: doc, after: rated }]);
    // Two overlapping timer runs (a retried trigger): between them, the two awards are written once.
    const [first, second] = await Promise.all([timer(), timer()]);
    expect(first.settledOrders + second.settledOrders).toBe(2);
    expect((await timer()).settledOrders).toBe(0);
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(1);
    expect(entriesOf(`rate:${o._id}`)).toHaveLength(1);
    expect(cloud.store.find('orders', { _id: o._id })[0].pointsSettled).toBe(true);
  });

  it('the community table sets the amounts', async () => {
    const [community] = cloud.store.find('communities', { _id: 'c-demo' });
    const custom = { ...community, settings: { points: { orderTaker: 15, rating: 0 } } };
    cloud.store.applyChanges([{ coll: 'communities', key: 'c-demo', before: community, after: custom }]);
    try {
      const o = await orderIn(cloud, 'completed');
      data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: o._id, score: 3 }));
      expect(entriesOf(`order:${o._id}:taker`)).toEqual([expect.objectContaining({ amount: 15 })]);
      expect(entriesOf(`rate:${o._id}`)).toEqual([]);
    } finally {
      cloud.store.applyChanges([{ coll: 'communities', key: 'c-demo', before: custom, after: community }]);
    }
  });
});
