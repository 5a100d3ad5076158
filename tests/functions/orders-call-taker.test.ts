/**
 * 拨打电话 for the resident (issue 11, the elderly path): while her order is worked on (taken, awaiting
 * her rating, or being put right), its full view — on `get` and in every action's answer — carries
 * the number of whoever took it. Masked views and lists never do, nor the order before it is taken
 * or once it is closed.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { orderIn } from '../support/orders';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

async function takerPhoneAs(openid: string, orderId: string): Promise<string | undefined> {
  return data(await cloud.call('orders', openid, { action: 'get', orderId })).order.takerPhone;
}

async function phoneOf(openid: string): Promise<string> {
  return data(await cloud.call('user', openid, { action: 'login' })).user.phone;
}

test('the resident is given the taker’s number while the order is taken, awaiting her rating or put right', async () => {
  const partyPhone = await phoneOf('demo-party-1');
  expect(partyPhone).toMatch(/^\d{11}$/);
  const taken = await orderIn(cloud, 'taken');
  expect(await takerPhoneAs('demo-resident-1', taken._id)).toBe(partyPhone);
  const completed = await orderIn(cloud, 'completed');
  expect(await takerPhoneAs('demo-resident-1', completed._id)).toBe(partyPhone);
  const rated = data(
    await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: completed._id, score: 1 }),
  );
  expect(rated.order.status).toBe('rectifying');
  expect(rated.order.takerPhone).toBe(partyPhone);
});

test('not in masked views or lists, not before it is taken, not once it is closed', async () => {
  const dispatched = await orderIn(cloud, 'dispatched');
  expect(await takerPhoneAs('demo-resident-1', dispatched._id)).toBeUndefined();

  const taken = await orderIn(cloud, 'taken');
  // demo-party-2 (same grid, not the taker) sees the order masked, as in the pool.
  expect(await takerPhoneAs('demo-party-2', taken._id)).toBeUndefined();
  const mine = data(await cloud.call('orders', 'demo-resident-1', { action: 'list', view: 'mine' }));
  expect(mine.items.length).toBeGreaterThan(0);
  expect(mine.items.every((o: { takerPhone?: string }) => o.takerPhone === undefined)).toBe(true);

  const done = await orderIn(cloud, 'completed');
  data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: done._id, score: 5 }));
  expect(await takerPhoneAs('demo-resident-1', done._id)).toBeUndefined();
});
