/**
 * The demo shows the work finding the worker right after `npm start`: its workers have accepted some
 * messages (scripts/demo-subscriptions.ts), so a dispatch in the demo puts messages in the outbox.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder } from '../support/orders';
import { DEMO_CONSENT } from '../../scripts/demo-subscriptions';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoSubscriptions: true, demoWishes: true });
});
afterAll(() => cloud.close());

test('a dispatch in the demo tells the demo grid’s takers who have consent', async () => {
  const order = await fileOrder(cloud);
  data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
  const sent = (cloud.outbox() as unknown as { touser: string; templateId: string }[]).map((m) => m.touser).sort();
  // 网格一's takers with order_pool consent (demo-party-2 has none; 钱物业 only hears of 物业服务).
  expect(sent).toEqual(['demo-grid-1', 'demo-party-1']);
  expect(DEMO_CONSENT['demo-party-2']).toBeUndefined();
});

test('周奶奶 confirms the demo wish 张党员 fulfilled: 张党员 is told, once; his next fulfilment tells 孙楼长', async () => {
  const before = cloud.outbox().length;
  data(await cloud.call('wishes', 'demo-resident-1', { action: 'confirm', wishId: 'w-demo-light' }));
  const fulfil = { action: 'fulfil', wishId: 'w-demo-radio', note: '换了电池和喇叭，响了', minutes: 40 };
  data(await cloud.call('wishes', 'demo-party-1', fulfil));
  const sent = (cloud.outbox() as unknown as { touser: string; data: object }[]).slice(before);
  expect(sent.map((m) => m.touser)).toEqual(['demo-party-1', 'demo-leader-1']);
  expect(JSON.stringify(sent[0].data)).toContain('已圆梦');
  expect(JSON.stringify(sent[1].data)).toContain('待确认');
});
