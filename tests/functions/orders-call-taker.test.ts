/**
 * 拨打电话 for the resident (issue 11, the elderly path): `orders.get` carries the number of whoever
 * took her order, to her (and to who filed it for her) while it is being worked on — to nobody else,
 * and not before it is taken or after it is closed.
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

test('the resident gets the taker’s number while the order is taken and awaiting her rating', async () => {
  const partyPhone = await phoneOf('demo-party-1');
  expect(partyPhone).toMatch(/^\d{11}$/);
  const taken = await orderIn(cloud, 'taken');
  expect(await takerPhoneAs('demo-resident-1', taken._id)).toBe(partyPhone);
  const completed = await orderIn(cloud, 'completed');
  expect(await takerPhoneAs('demo-resident-1', completed._id)).toBe(partyPhone);
});

test('nobody else is given the taker’s number, and the resident not before it is taken or once closed', async () => {
  const taken = await orderIn(cloud, 'taken');
  // Those who may open the order in full — its admin, grid worker and the taker himself.
  for (const other of ['demo-admin', 'demo-grid-1', 'demo-party-1']) {
    expect(await takerPhoneAs(other, taken._id)).toBeUndefined();
  }
  const dispatched = await orderIn(cloud, 'dispatched');
  expect(await takerPhoneAs('demo-resident-1', dispatched._id)).toBeUndefined();
  const done = await orderIn(cloud, 'completed');
  data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: done._id, score: 5 }));
  expect(await takerPhoneAs('demo-resident-1', done._id)).toBeUndefined();
  // Lists never carry it.
  const mine = data(await cloud.call('orders', 'demo-resident-1', { action: 'list', view: 'mine' }));
  expect(mine.items.every((o: { takerPhone?: string }) => o.takerPhone === undefined)).toBe(true);
});
