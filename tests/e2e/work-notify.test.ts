/**
 * The work finds the worker, end to end in a phone browser on the H5 build (issue 11 point 5):
 * 王网格 (网格员 of 网格一) taps 抢单大厅 on the 工作台 — the tap that asks for new-order, 派给您 and
 * overdue messages (H5 has no WeChat prompt: it counts as 允许) — and finds 新单提醒 on the page;
 * 李书记 dispatches a new order to 网格一; the local cloud's outbox holds one 新单待抢 message for
 * 王网格 that names only the category and the building, linking to the order.
 * 冯科长 (a department) opens 转交事项 and finds 转交提醒 there; 钱物业 finds 到期提醒 on the decision he owns.
 * Screenshots: tests/artifacts/screenshots/work-notify-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud, data } from '../support/cloud';
import { fileOrder } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, shown as shownOn } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR });
  phone = await openPhone();
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);
const counts = (openid: string): Record<string, number> =>
  ((cloud.store.find('notice_subscriptions', { _id: userIdFor(openid) })[0] as { counts?: Record<string, number> })
    ?.counts ?? {}) as Record<string, number>;

test('王网格’s tap on 抢单大厅 is his consent; a new order in his grid then reaches him', async () => {
  await actAs(phone.page, cloud.url, 'demo-grid-1');
  await phone.page.getByText('王网格，您好').waitFor();
  expect(counts('demo-grid-1').order_pool ?? 0).toBe(0);
  await openTile(phone.page, '抢单大厅', '**/packages/tasks/pool/index');
  await shown('.remind-row').getByText('新单提醒').waitFor();
  await shown('.remind-row').getByText('抢单大厅有新单、有诉求派给您、诉求超时与升级时，微信通知我').waitFor();
  await phone.page.waitForTimeout(400);
  await phone.shot('work-notify-01-pool');
  expect(counts('demo-grid-1')).toMatchObject({ order_pool: 1, order_assigned: 1, order_overdue: 1 });

  // 新单提醒 allows one more of each.
  await shown('.remind-row').click();
  await phone.page.getByText('好的，有新情况会微信提醒您').waitFor();
  await phone.shot('work-notify-02-reminded');
  expect(counts('demo-grid-1')).toMatchObject({ order_pool: 2, order_assigned: 2, order_overdue: 2 });

  const order = await fileOrder(cloud);
  const before = cloud.outbox().length;
  data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
  const sent = cloud.outbox().slice(before) as unknown as Array<{ touser: string; page: string; data: object }>;
  expect(sent.map((m) => m.touser)).toEqual(['demo-grid-1']);
  expect(sent[0].page).toBe(`packages/orders/detail/index?id=${order._id}`);
  expect(JSON.stringify(sent[0].data)).toContain('居家养老 · 1号楼');
  expect(JSON.stringify(sent[0].data)).not.toContain('周奶奶');
  expect(counts('demo-grid-1').order_pool).toBe(1);

  // The message's link opens the order.
  await phone.page.goto(`${cloud.url}/${sent[0].page}`);
  await shown('.order-detail').waitFor();
});

test('冯科长 finds 转交提醒 on 转交事项', async () => {
  await actAs(phone.page, cloud.url, 'demo-dept-1');
  await phone.page.getByText('冯科长，您好').waitFor();
  await openTile(phone.page, '转交事项', '**/packages/admin/orders/index');
  await shown('.remind-row').getByText('转交提醒').waitFor();
  await phone.page.waitForTimeout(400);
  await phone.shot('work-notify-03-transfers');
  expect(counts('demo-dept-1')).toMatchObject({ order_transfer: 1, order_overdue: 1 });
});

test('钱物业, owner of a demo decision, finds 到期提醒 on it in the meeting', async () => {
  await actAs(phone.page, cloud.url, 'demo-property-1');
  await phone.page.getByText('钱物业，您好').waitFor();
  await phone.page.goto(cloud.url + '/packages/meetings/detail/index?id=demo-meeting-minutes');
  const open = shown('.decision-card').filter({ hasText: '东侧空地改建' });
  await open.locator('.remind-row').getByText('到期提醒').waitFor();
  // A decision already done asks nothing.
  expect(await shown('.decision-card').filter({ hasText: '车棚加装' }).locator('.remind-row').count()).toBe(0);
  await open.scrollIntoViewIfNeeded();
  await phone.page.waitForTimeout(400);
  await phone.shot('work-notify-04-decision');
  await open.locator('.remind-row').click();
  await phone.page.getByText('好的，有新情况会微信提醒您').waitFor();
  expect(counts('demo-property-1')).toMatchObject({ decision_due: 1 });
});
