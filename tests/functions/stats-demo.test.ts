/**
 * The demo's six months of orders give the 数据看板 a trend on first start: stats-timer's rebuild
 * fills the counters from the seeded orders and entries, a second rebuild changes nothing, and
 * the timer then finds them equal to a recount.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoOrders: true, demoHistory: true, demoPoints: true });
});
afterAll(() => cloud.close());

test('npm start fills the counters from the demo history: every month of the trend has orders', async () => {
  const empty = data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'year' }));
  expect(empty.current.orders).toBe(0); // nothing counted before the rebuild
  const first = data(await cloud.call('stats-timer', null, { action: 'rebuild' }));
  expect(first.report.months).toBeGreaterThanOrEqual(7);
  expect(first.report.countersRepaired).toBeGreaterThan(0);
  const d = data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'month' }));
  const filed = cloud.store.find('orders', { communityId: 'c-demo' }).length;
  expect(d.trend.reduce((sum: number, m: { orders: number }) => sum + m.orders, 0)).toBe(filed);
  expect(d.trend.slice(-7).filter((m: { orders: number }) => m.orders > 0).length).toBeGreaterThanOrEqual(6);
  expect(d.current.points.earned).toBeGreaterThan(0);
  const year = data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'quarter' }));
  expect(year.current.rates.satisfaction.percent).not.toBeNull();
  // a second rebuild finds counters already there and does nothing
  const second = data(await cloud.call('stats-timer', null, { action: 'rebuild' }));
  expect(second.report.months).toBe(0);
  const forced = data(await cloud.call('stats-timer', null, { action: 'rebuild', force: true }));
  expect(forced.report.drifts).toEqual([]);
});
