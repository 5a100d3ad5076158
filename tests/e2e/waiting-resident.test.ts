/**
 * 等待居民 (issue 11, point 7: "the clock stops while an order waits on the resident"), in a phone
 * browser on the H5 build: 张党员 took 周奶奶's order, finds her not home and marks 等待居民 with the
 * reason → the order shows it and its clock stops → 周奶奶 taps 我方便了 → it is 办理中 again, the
 * finish-by moved by the wait. Screenshots: tests/artifacts/screenshots/waiting-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud, data } from '../support/cloud';
import { newRequestId } from '../support/orders';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const CONTENT = '想请人上门帮忙换一下卧室的灯泡';

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
    category: 'elderly',
    content: CONTENT,
  });
  orderId = filed.order._id;
  await call('demo-admin', { action: 'dispatch', orderId, kind: 'self' });
  await call('demo-party-1', { action: 'grab', orderId });
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);
const settle = () => phone.page.waitForTimeout(400);

test('张党员 marks 等待居民 with the reason: the clock stops', async () => {
  await actAs(phone.page, cloud.url, 'demo-party-1');
  await phone.page.getByText('张党员，您好').waitFor();
  await openTile(phone.page, '我的任务', '**/packages/tasks/mine/index');
  await shown('.order-card').filter({ hasText: CONTENT }).locator('.order-card__body').click();
  await phone.page.waitForURL(`**/packages/orders/detail/index?id=${orderId}`);
  await shown('.nut-button.order-act__wait').click();
  await shown('.sheet-dialog').getByText('为什么要等居民？').waitFor();
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.sheet-dialog').getByText('请选择或写下原因').waitFor();
  await shown('.wait-reasons__choice').filter({ hasText: '居民不在家' }).click();
  await settle();
  await phone.shot('waiting-01-reason-sheet');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.order-detail .order-status').getByText('等待居民').waitFor();
  await shown('.order-detail__waiting')
    .getByText(/暂停计时）：居民不在家/)
    .waitFor();
  await scrollTop(phone.page);
  await phone.page.waitForTimeout(1800); // the toast fades
  await phone.shot('waiting-02-waiting');
  expect(cloud.store.find('orders', { _id: orderId })[0]).toMatchObject({
    status: 'waiting',
    waitReason: '居民不在家',
  });
});

test('周奶奶 says she is home: the order is 办理中 again', async () => {
  const before = cloud.store.find('orders', { _id: orderId })[0] as { finishBy: Date };
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await phone.page.getByText('周奶奶，您好').waitFor();
  await openTile(phone.page, '我的诉求', '**/packages/orders/mine/index');
  await shown('.order-card').filter({ hasText: CONTENT }).locator('.order-card__body').click();
  await phone.page.waitForURL(`**/packages/orders/detail/index?id=${orderId}`);
  await shown('.order-act').getByText('接单人在等您', { exact: false }).waitFor();
  await settle();
  await phone.shot('waiting-03-resident-resumes');
  await shown('.nut-button.order-act__resume').click();
  await shown('.order-detail .order-status').getByText('办理中').waitFor();
  await shown('.timeline').getByText('恢复办理', { exact: true }).waitFor();
  const after = cloud.store.find('orders', { _id: orderId })[0] as { finishBy: Date; status: string };
  expect(after.status).toBe('taken');
  expect(after.finishBy.getTime()).toBeGreaterThan(before.finishBy.getTime()); // moved by the wait
});
