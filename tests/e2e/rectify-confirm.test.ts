/**
 * A 整改 confirmed (issue 11, point 7 — "解决 means the resident agreed"), in a phone browser on the
 * H5 build against the local cloud: 张党员 has done 周奶奶's order → she rates it 2 stars (差评) →
 * 王网格 answers it from 整改 → 张党员 sees its points 待确认 → 周奶奶 confirms 确认已解决 on the first
 * screen → the order is closed as 居民确认整改 and 张党员's points are posted.
 * Screenshots: tests/artifacts/screenshots/confirm-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud, data } from '../support/cloud';
import { newRequestId } from '../support/orders';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const CONTENT = '厨房水槽下面的水管一直渗水';
const REPLY = '已请物业换了整根软管，放水半小时没有再渗';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;
let orderId = '';

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR });
  phone = await openPhone();
  const call = async (openid: string, event: object) => data(await cloud.call('orders', openid, event));
  const filed = await call('demo-resident-1', {
    action: 'submit',
    requestId: newRequestId(),
    category: 'property',
    content: CONTENT,
  });
  orderId = filed.order._id;
  await call('demo-admin', { action: 'dispatch', orderId, kind: 'self' });
  await call('demo-party-1', { action: 'grab', orderId });
  await call('demo-party-1', { action: 'complete', orderId, note: '已拧紧接头' });
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);
const settle = () => phone.page.waitForTimeout(400); // page slide-in / sheet slide-up before a picture
const openOrder = async () => {
  await openTile(phone.page, '我的诉求', '**/packages/orders/mine/index');
  await shown('.order-card').filter({ hasText: CONTENT }).locator('.order-card__body').click();
  await phone.page.waitForURL(`**/packages/orders/detail/index?id=${orderId}`);
};

test('周奶奶 rates the done order 2 stars: it goes to 整改', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await phone.page.getByText('周奶奶，您好').waitFor();
  await openOrder();
  // the stars are on the first screen, with the day it closes by itself if she never rates
  await shown('.order-act')
    .getByText(/前未评价，将按未评价办结/)
    .waitFor();
  await settle();
  await phone.shot('confirm-01-rate-first-screen');
  await shown('.star-picker__star').nth(1).click();
  await shown('.order-act .form-textarea textarea').fill('第二天又开始渗水了');
  await shown('.nut-button').filter({ hasText: '提交评价' }).click();
  await shown('.order-detail .order-status').getByText('整改中').waitFor();
});

test('王网格 answers it from 整改: it waits for 周奶奶’s word', async () => {
  await actAs(phone.page, cloud.url, 'demo-grid-1');
  await phone.page.getByText('王网格，您好').waitFor();
  await openTile(phone.page, '整改', '**/packages/tasks/rectify/index');
  await shown('.order-card').filter({ hasText: CONTENT }).locator('.order-card__body').click();
  await phone.page.waitForURL(`**/packages/orders/detail/index?id=${orderId}`);
  await shown('.order-act').getByText('回复后请居民确认是否解决', { exact: false }).waitFor();
  await shown('.order-act .form-textarea textarea').fill(REPLY);
  await shown('.nut-button').filter({ hasText: '提交整改回复' }).click();
  await shown('.order-detail .order-status').getByText('整改待确认').waitFor();
  await shown('.order-detail__line')
    .filter({ hasText: '回访' })
    .getByText(/前未确认，视为已解决/)
    .waitFor();
  await scrollTop(phone.page);
  await settle();
  await phone.shot('confirm-02-rectified-waiting');
});

test('张党员 sees the order’s points 待确认 on 我的任务 and 我的积分', async () => {
  await actAs(phone.page, cloud.url, 'demo-party-1');
  await phone.page.getByText('张党员，您好').waitFor();
  await openTile(phone.page, '我的任务', '**/packages/tasks/mine/index');
  const card = shown('.order-card').filter({ hasText: CONTENT });
  await card.getByText('+10 积分 待确认', { exact: false }).waitFor();
  await settle();
  await phone.shot('confirm-03-task-points-pending');
  await phone.page.goBack();
  await openTile(phone.page, '我的积分', '**/packages/points/mine/index');
  await shown('.balance-card__pending')
    .getByText(/待确认 \+10/)
    .waitFor();
  await settle();
  await phone.shot('confirm-04-points-pending');
});

test('周奶奶 confirms 确认已解决 on the first screen: closed as 居民确认整改, 张党员’s points posted', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await phone.page.getByText('周奶奶，您好').waitFor();
  await openOrder();
  await shown('.order-act').getByText('整改后问题解决了吗？').waitFor();
  await shown('.order-act').getByText(REPLY, { exact: false }).waitFor();
  const confirm = shown('.nut-button.order-act__confirm');
  const box = await confirm.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44); // a big tap target
  expect(box!.y + box!.height).toBeLessThanOrEqual(844); // on the first screen
  await settle();
  await phone.shot('confirm-05-confirm-first-screen');
  await confirm.click();
  await shown('.order-detail .order-status').getByText('已办结').waitFor();
  await shown('.order-detail__closed-as').getByText('居民确认整改').waitFor();
  await shown('.timeline').getByText('确认已解决', { exact: true }).waitFor();
  await phone.page.waitForTimeout(1800); // the 已确认解决 toast fades before the picture
  await phone.shot('confirm-06-closed');
  expect(cloud.store.find('point_entries', { _id: `order:${orderId}:taker` })).toHaveLength(1);
  expect(cloud.store.find('orders', { _id: orderId })[0]).toMatchObject({ closedAs: 'rectify_confirmed' });
});
