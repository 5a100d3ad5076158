/** The demo's orders (scripts/demo-orders.ts): a newcomer sees a 代办 and an order in 整改 at once. */
import { startTestCloud, data, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoOrders: true });
});
afterAll(() => cloud.close());

const list = async (openid: string, view: string) =>
  data(await cloud.call('orders', openid, { action: 'list', view })).items as Array<Record<string, unknown>>;

it('孙楼长’s 代办 for 吴大爷 is in his 我代办的, in 吴大爷’s 我的诉求 with 代办人, and in grid 1’s pool', async () => {
  const [proxied] = await list('demo-leader-1', 'proxied');
  expect(proxied).toMatchObject({ residentName: '吴大爷', proxyName: '孙楼长', status: 'dispatched' });
  expect((await list('demo-resident-2', 'mine')).map((o) => o._id)).toContain(proxied._id);
  expect((await list('demo-party-1', 'pool')).map((o) => o._id)).toContain(proxied._id);
});

it('周奶奶’s badly rated order waits in grid 1’s 整改 queue, and the 网格员 can answer it', async () => {
  const queue = await list('demo-grid-1', 'rectify');
  expect(queue).toHaveLength(1);
  expect(queue[0]).toMatchObject({ residentName: '周奶奶', status: 'rectifying', rating: { score: 2 } });
  expect(await list('demo-grid-2', 'rectify')).toHaveLength(0);
  const done = data(
    await cloud.call('orders', 'demo-grid-1', { action: 'rectify', orderId: queue[0]._id, reply: '三楼灯也已更换' }),
  );
  expect(done.order.status).toBe('rectified'); // the resident confirms it (issue 11.7)
  const confirmed = data(await cloud.call('orders', 'demo-resident-1', { action: 'confirm', orderId: queue[0]._id }));
  expect(confirmed.order).toMatchObject({ status: 'closed', closedAs: 'rectify_confirmed' });
});

it('吴大爷’s done order waits for 回访 (待确认 for 张党员), and 周奶奶 has a 整改 reply to confirm', async () => {
  const wu = (await list('demo-resident-2', 'mine')).find((o) => o.status === 'completed');
  expect(wu).toMatchObject({ takerName: '张党员' });
  expect(new Date(wu!.closeBy as string).getTime()).toBeGreaterThan(Date.now());
  const tasks = await list('demo-party-1', 'tasks');
  expect(tasks.find((o) => o._id === wu!._id)?.takerPointsPending).toBe(10);
  const zhou = (await list('demo-resident-1', 'mine')).find((o) => o.status === 'rectified');
  expect(zhou).toMatchObject({ rectification: expect.stringContaining('阀芯') });
  const get = data(await cloud.call('orders', 'demo-resident-1', { action: 'get', orderId: zhou!._id }));
  expect(get.order.timeline.map((t: { action: string }) => t.action).slice(-3)).toEqual([
    'complete',
    'rate',
    'rectify',
  ]);
});
