/**
 * The order counters' outbox (_shared/stats/order-mark.ts): a state change owes its 数据看板 move
 * in the same conditional update, so a function that dies right after the change (its after-commit
 * claim never runs) loses nothing — stats-timer counts the owed move, exactly once even when two
 * runs race for it, and a later change of the same order counts both moves together.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { orderIn } from '../support/orders';
import { uid } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

type Raw = Record<string, any>;
const month = async () =>
  data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'month' })).current as Raw;
const timer = async () => data(await cloud.call('stats-timer', null, { action: 'run' })).report as Raw;
const orderOf = (id: string) => cloud.store.find('orders', { _id: id })[0] as Raw;

/**
 * What a grab leaves when its function dies right after the conditional update: the order taken,
 * with the move owed in the same write (statsMark.pending), and no claim, no counter move. Dated
 * two minutes back, as stats-timer finds such an order.
 */
function crashedGrab(orderId: string, taker = 'demo-party-2'): void {
  const before = orderOf(orderId);
  expect(before.statsMark).toMatchObject({ pending: false }); // the submit and dispatch were counted
  const at = new Date(Date.now() - 120_000);
  const record = { at, actorId: uid(taker), actorName: '党员', actorRole: '党员', action: 'grab' };
  const after = {
    ...before,
    status: 'taken',
    takerId: uid(taker),
    takerName: '党员',
    updatedAt: at,
    timeline: [...before.timeline, record],
    statsMark: { ...before.statsMark, pending: true },
  };
  cloud.store.applyChanges([{ coll: 'orders', key: orderId, before, after }]);
}

test('grabs whose function died after the change are counted by stats-timer, once, though four runs race', async () => {
  const orders = [];
  for (let i = 0; i < 8; i += 1) orders.push(await orderIn(cloud, 'dispatched'));
  const counted = await month();
  for (const o of orders) crashedGrab(o._id);
  // The counters missed every grab: nothing responded yet.
  expect((await month()).rates.response.numerator).toBe(counted.rates.response.numerator);
  // Four timer runs at once (four instances) read the same owed orders: each is claimed by one.
  const runs = await Promise.all([timer(), timer(), timer(), timer()]);
  expect(runs.reduce((n, r) => n + r.ordersSettled, 0)).toBe(8);
  const caught = await month();
  expect(caught.rates.response.numerator).toBe(counted.rates.response.numerator + 8);
  expect(caught.orders).toBe(counted.orders);
  for (const o of orders) expect(orderOf(o._id).statsMark).toMatchObject({ pending: false });
  // Nothing owed any more, nothing counted twice: another run settles nothing and finds no drift.
  const again = await timer();
  expect(again.ordersSettled).toBe(0);
  expect(again.drifts).toEqual([]);
  expect(await month()).toEqual(caught);
});

test('an owed move is counted by the next change of the same order, together with its own', async () => {
  const order = await orderIn(cloud, 'dispatched');
  const counted = await month();
  crashedGrab(order._id, 'demo-party-1');
  // The taker completes it (through the function): its claim covers the grab and the completion.
  data(await cloud.call('orders', 'demo-party-1', { action: 'complete', orderId: order._id, note: '已修好' }));
  const now = await month();
  expect(now.rates.response.numerator).toBe(counted.rates.response.numerator + 1);
  expect(now.medianDone).not.toBe(''); // the completion is in too
  expect(orderOf(order._id).status).toBe('completed');
  expect(orderOf(order._id).statsMark).toMatchObject({ pending: false });
  const report = await timer();
  expect(report.ordersSettled).toBe(0);
  expect(report.drifts).toEqual([]);
});

test('a rebuild settles owed moves before it recounts, so the recount finds nothing to repair', async () => {
  const order = await orderIn(cloud, 'dispatched');
  crashedGrab(order._id);
  const before = await month();
  const rebuilt = data(await cloud.call('stats-timer', null, { action: 'rebuild', force: true })).report as Raw;
  expect(rebuilt.ordersSettled).toBe(1);
  expect(rebuilt.drifts).toEqual([]);
  expect((await month()).rates.response.numerator).toBe(before.rates.response.numerator + 1);
});
