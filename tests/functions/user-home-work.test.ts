/**
 * The numbers on the 工作台's work tiles (issue 11.5: 抢单大厅 3, 派单台 5, 整改 1) come with the home's
 * one call and move with the orders: a new order waits on 派单台, a dispatched one in 抢单大厅 until
 * someone grabs it, a bad rating in 整改. Each is counted over the scope its page lists; people
 * without the tile get no number.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder, orderIn } from '../support/orders';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

async function work(openid: string): Promise<Record<string, number>> {
  return data(await cloud.call('user', openid, { action: 'home' })).work;
}

test('派单台 counts what waits for dispatch; 抢单大厅 what waits to be grabbed in one’s grids', async () => {
  const admin0 = await work('demo-admin');
  const grid0 = await work('demo-grid-1');
  const other0 = await work('demo-grid-2');

  const order = await fileOrder(cloud);
  expect((await work('demo-admin')).dispatch).toBe(admin0.dispatch + 1);

  data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
  expect((await work('demo-admin')).dispatch).toBe(admin0.dispatch);
  expect((await work('demo-grid-1')).grabHall).toBe(grid0.grabHall + 1);
  expect((await work('demo-party-1')).grabHall).toBeGreaterThan(0);
  // Another grid's worker does not see it in their hall.
  expect((await work('demo-grid-2')).grabHall).toBe(other0.grabHall);

  data(await cloud.call('orders', 'demo-party-1', { action: 'grab', orderId: order._id }));
  expect((await work('demo-grid-1')).grabHall).toBe(grid0.grabHall);
});

test('整改 counts bad ratings waiting to be put right, for the grid worker and the admin', async () => {
  const grid0 = await work('demo-grid-1');
  const admin0 = await work('demo-admin');
  const done = await orderIn(cloud, 'completed');
  data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: done._id, score: 1 }));
  expect((await work('demo-grid-1')).rectify).toBe(grid0.rectify + 1);
  expect((await work('demo-admin')).rectify).toBe(admin0.rectify + 1);
});

test('转交事项 counts a department’s open transfers, not another department’s, until they are done', async () => {
  const dept0 = await work('demo-dept-1');
  const other0 = await work('demo-dept-2');
  const order = await fileOrder(cloud, 'demo-resident-1', { category: 'infrastructure', content: '路灯坏了' });
  const departmentId = data(await cloud.call('user', 'demo-dept-1', { action: 'home' })).user._id;
  data(
    await cloud.call('orders', 'demo-admin', {
      action: 'dispatch',
      orderId: order._id,
      kind: 'transfer',
      departmentId,
    }),
  );
  expect((await work('demo-dept-1')).transfers).toBe(dept0.transfers + 1);
  expect((await work('demo-dept-2')).transfers).toBe(other0.transfers);
  data(await cloud.call('orders', 'demo-dept-1', { action: 'accept', orderId: order._id }));
  expect((await work('demo-dept-1')).transfers).toBe(dept0.transfers + 1); // 办理中 still waits on it
  data(await cloud.call('orders', 'demo-dept-1', { action: 'complete', orderId: order._id, note: '已修复' }));
  expect((await work('demo-dept-1')).transfers).toBe(dept0.transfers);
});

test('a resident and a department get no work numbers they have no tile for', async () => {
  expect(await work('demo-resident-1')).toEqual({});
  expect((await work('demo-admin')).transfers).toBeUndefined();
  expect((await work('demo-dept-1')).dispatch).toBeUndefined();
  expect((await work('demo-party-1')).dispatch).toBeUndefined();
  expect((await work('demo-party-1')).rectify).toBeUndefined();
});
