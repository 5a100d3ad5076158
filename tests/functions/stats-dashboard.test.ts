/**
 * 数据看板 through the real functions: the figures follow the orders and points, only admins and
 * 街道管理员 see them, a 街道 sees only its communities, and stats-timer finds no drift after
 * normal use — but repairs a counter that a crash left behind.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder } from '../support/orders';
import { award } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const dashboard = (openid: string, extra: object = {}) =>
  cloud.call('stats', openid, { action: 'dashboard', period: 'month', ...extra });

async function walk(score: number | null) {
  const order = await fileOrder(cloud);
  data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
  data(await cloud.call('orders', 'demo-party-1', { action: 'grab', orderId: order._id }));
  data(await cloud.call('orders', 'demo-party-1', { action: 'complete', orderId: order._id, note: '已修好' }));
  if (score !== null)
    data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: order._id, score }));
  return order;
}

test('the dashboard counts what happened this month, with the three rates', async () => {
  await walk(5);
  await walk(4);
  await walk(2); // 整改 needed
  await walk(null); // 未评价
  await fileOrder(cloud, 'demo-resident-2'); // still waiting
  await award(cloud, 'demo-resident-1', 7);
  const d = data(await dashboard('demo-admin'));
  const f = d.current;
  expect(f.orders).toBe(5);
  expect(f.served).toBe(2);
  expect(f.rates.satisfaction).toEqual({ numerator: 2, denominator: 3, percent: 66.7 });
  expect(f.rates.resolution).toEqual({ numerator: 2, denominator: 4, percent: 50 });
  expect(f.rates.unrated).toEqual({ numerator: 1, denominator: 4, percent: 25 });
  expect(f.rates.response).toEqual({ numerator: 4, denominator: 4, percent: 100 });
  expect(f.rectified).toBe(1);
  expect(f.byCategory.find((c: { key: string }) => c.key === 'elderly').count).toBe(5);
  expect(f.byKind.find((c: { key: string }) => c.key === 'self').count).toBe(4);
  expect(f.medianTake).toBe('1 小时内');
  expect(f.points.earned).toBeGreaterThanOrEqual(7);
  expect(d.trend).toHaveLength(12);
  expect(d.trend[11].orders).toBe(5);
});

test('racing changes lose no count: 12 filings at once by one resident serve one resident; 12 grabs of 6 orders count 6', async () => {
  const before = data(await dashboard('demo-admin')).current;
  const filed = await Promise.all(Array.from({ length: 12 }, () => fileOrder(cloud, 'demo-resident-3')));
  const mid = data(await dashboard('demo-admin')).current;
  expect(mid.orders).toBe(before.orders + 12);
  expect(mid.served).toBe(before.served + 1); // 郑阿姨 had filed nothing yet this month
  const six = filed.slice(0, 6);
  await Promise.all(
    six.map((o) => cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: o._id, kind: 'self' })),
  );
  // 郑阿姨 lives in 网格二: 刘党员 and 赵网格 both grab each order at once; one wins each
  await Promise.all(
    six.flatMap((o) =>
      ['demo-party-3', 'demo-grid-2'].map((who) => cloud.call('orders', who, { action: 'grab', orderId: o._id })),
    ),
  );
  const after = data(await dashboard('demo-admin')).current;
  expect(after.rates.response.denominator).toBe(mid.rates.response.denominator + 6);
  expect(after.byKind.find((k: { key: string }) => k.key === 'self').count).toBe(
    mid.byKind.find((k: { key: string }) => k.key === 'self').count + 6,
  );
});

test('residents, grid workers and party members are refused; another community is not found', async () => {
  for (const who of ['demo-resident-1', 'demo-grid-1', 'demo-party-1']) {
    const res = await dashboard(who);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('PERMISSION_DENIED');
  }
  const res = await dashboard('demo-admin', { communityId: 'c-other' });
  expect(res.ok).toBe(false);
  if (!res.ok) expect(res.error.code).toBe('NOT_FOUND');
});

test('a 街道管理员 sees each of their communities and the sum, and nothing beyond them', async () => {
  const sum = data(await dashboard('demo-street'));
  expect(sum.communityId).toBeNull();
  expect(sum.communities.map((c: { _id: string }) => c._id)).toEqual(['c-demo', 'c-other']);
  const demo = data(await dashboard('demo-street', { communityId: 'c-demo' }));
  const other = data(await dashboard('demo-street', { communityId: 'c-other' }));
  expect(sum.current.orders).toBe(demo.current.orders + other.current.orders);
  expect(sum.current.byPlace.map((p: { key: string }) => p.key)).toEqual(['c-demo', 'c-other']);
  const beyond = await dashboard('demo-street', { communityId: 'c-elsewhere' });
  expect(beyond.ok).toBe(false);
  // the admin of 另一社区 sees theirs only
  const b = data(await dashboard('demo-admin-b'));
  expect(b.communities).toEqual([{ _id: 'c-other', name: '另一社区' }]);
});

test('nobody may make themselves 街道管理员: not through roles.grant, not through org from the app', async () => {
  const viaRoles = await cloud.call('user', 'demo-admin', {
    action: 'roles.grant',
    userId: 'x',
    role: 'street_admin',
    scope: { communityId: 'c-demo' },
  });
  expect(viaRoles.ok).toBe(false);
  const viaOrg = await cloud.call('org', 'demo-admin', {
    action: 'street.grant',
    openid: 'demo-admin',
    communityIds: ['c-other'],
  });
  expect(viaOrg.ok).toBe(false);
  if (!viaOrg.ok) expect(viaOrg.error.code).toBe('PERMISSION_DENIED');
});

test('stats-timer finds no drift after normal use, and repairs a counter a crash left behind', async () => {
  const clean = data(await cloud.call('stats-timer', null, { action: 'run' }));
  expect(clean.report.drifts).toEqual([]);
  // A crash between an order's move and its counter move: the counter misses one order.
  const [doc] = cloud.store.find('stats_counters', {
    communityId: 'c-demo',
    scope: 'all',
    period: { $regex: '^m' },
  }) as { _id: string; n: Record<string, number> }[];
  cloud.store.applyChanges([
    { coll: 'stats_counters', key: doc._id, before: doc, after: { ...doc, n: { ...doc.n, orders: doc.n.orders - 1 } } },
  ]);
  // Within a minute of an order's change its counter move may still be on its way: reported, left.
  const early = data(await cloud.call('stats-timer', null, { action: 'run' }));
  expect(early.report.drifts.map((d: { counterId: string }) => d.counterId)).toContain(doc._id);
  expect(early.report.deferred).toBeGreaterThan(0);
  expect(early.report.countersRepaired).toBe(0);
  // A minute on, the recount is trusted: the month is repaired, and the next run finds nothing.
  const settled = cloud.store.find('orders', { communityId: 'c-demo' }).map((o) => ({
    coll: 'orders',
    key: o._id as string,
    before: o,
    after: { ...o, updatedAt: new Date(Date.now() - 120_000) },
  }));
  cloud.store.applyChanges(settled);
  const later = data(await cloud.call('stats-timer', null, { action: 'run' }));
  const fixed = later.report.drifts.find((d: { counterId: string }) => d.counterId === doc._id);
  expect(fixed).toEqual({ counterId: doc._id, fields: { orders: [doc.n.orders, doc.n.orders - 1] }, repaired: true });
  const again = data(await cloud.call('stats-timer', null, { action: 'run' }));
  expect(again.report.drifts).toEqual([]);
  expect(cloud.store.get('stats_counters', doc._id)?.n).toEqual(doc.n);
});
