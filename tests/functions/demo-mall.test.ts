/**
 * The demo's first 爱心超市 hand-over (scripts/demo-mall.ts, run by npm start on a fresh data dir):
 * done through the points function, so 吴大爷's ledger, the item's stock and the 数据看板's
 * collected units and ¥ value all show it, and the reconciliation finds nothing astray.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { DEMO_HANDOVER, handOverDemoItem } from '../../scripts/demo-mall';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoPoints: true });
});
afterAll(() => cloud.close());

const points = (openid: string, event: object) => cloud.call('points', openid, event);
const month = async () =>
  data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'month' })).current.points;

test('吴大爷 redeems the eggs and 李书记 hands them over: his points, the stock and the dashboard ¥ all move once', async () => {
  const before = data(await points(DEMO_HANDOVER.openid, { action: 'balance' }));
  const shelf = data(await points(DEMO_HANDOVER.openid, { action: 'items' })).items;
  const eggs = shelf.find((i: { name: string }) => i.name === DEMO_HANDOVER.item);
  const dashboard = await month();

  expect(await handOverDemoItem(cloud.url)).toBe('爱心超市：吴大爷兑换的鸡蛋一盒已核销（示范）');

  const after = data(await points(DEMO_HANDOVER.openid, { action: 'balance' }));
  expect(after.balance).toBe(before.balance - eggs.cost);
  const mine = data(await points(DEMO_HANDOVER.openid, { action: 'redemptions', mine: true })).items;
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ itemName: DEMO_HANDOVER.item, status: 'fulfilled' });
  const shelfAfter = data(await points(DEMO_HANDOVER.openid, { action: 'items' })).items;
  expect(shelfAfter.find((i: { _id: string }) => i._id === eggs._id).stock).toBe(eggs.stock - 1);
  const moved = await month();
  expect(moved.collected).toBe(dashboard.collected + 1);
  expect(moved.valueFen).toBe(dashboard.valueFen + eggs.valueFen);
  expect(eggs.valueFen).toBe(1250);

  // A second start does not run it (npm start calls it only right after seeding); if it did, the
  // same request id answers the same redemption and the code is already handed over.
  expect(await handOverDemoItem(cloud.url)).toContain('未完成');
  expect(data(await points(DEMO_HANDOVER.openid, { action: 'balance' })).balance).toBe(after.balance);
});
