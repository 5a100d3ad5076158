/**
 * 转交办理类 end to end (issue 11, point 4), in a phone browser on the H5 build against the local
 * cloud: 周奶奶's order → 李书记 transfers it to 冯科长 on 派单台 → 冯科长 finds it in 转交事项
 * (卫科长, another department, does not), 受理s it, 答复s, and 办结s it with a result and a photo →
 * 周奶奶 sees each step on the order and rates it. Screenshots: tests/artifacts/screenshots/dept-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud, data } from '../support/cloud';
import { newRequestId } from '../support/orders';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn, TINY_PNG } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const CONTENT = '3号楼后面的路灯不亮了，晚上倒垃圾看不见路';
const ANSWER = '已派电工查看，是线路老化，换线要两天';
const RESULT = '已更换线路和灯头，路灯全部亮了';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;
let orderId = '';

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR });
  phone = await openPhone();
  const filed = data(
    await cloud.call('orders', 'demo-resident-1', {
      action: 'submit',
      requestId: newRequestId(),
      category: 'infrastructure',
      content: CONTENT,
    }),
  );
  orderId = filed.order._id;
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);
const settle = () => phone.page.waitForTimeout(400); // page slide-in / sheet slide-up before a picture

test('李书记 transfers the order to 冯科长 from 派单台', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await phone.page.getByText('李书记，您好').waitFor();
  await openTile(phone.page, '派单台', '**/packages/admin/dispatch/index');
  const card = shown('.order-card').filter({ hasText: CONTENT });
  await card.locator('.nut-button.dispatch-transfer').click();
  await shown('.sheet-dialog').getByText('转交办理').first().waitFor();
  await shown('.choice').filter({ hasText: '冯科长' }).click();
  await shown('.choice--on').getByText('冯科长').waitFor();
  await settle();
  await phone.shot('dept-01-transfer-sheet');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await card.waitFor({ state: 'detached' });
});

test('卫科长 (another department) does not see it', async () => {
  await actAs(phone.page, cloud.url, 'demo-dept-2');
  await phone.page.getByText('卫科长，您好').waitFor();
  await openTile(phone.page, '转交事项', '**/packages/admin/orders/index');
  await shown('.status-view').getByText('还没有转交给您部门办理的事项。').waitFor();
  expect(await shown('.order-card').count()).toBe(0);
});

test('冯科长 finds it in 转交事项, 受理s it, 答复s the resident and 办结s with a result and a photo', async () => {
  await actAs(phone.page, cloud.url, 'demo-dept-1');
  await phone.page.getByText('冯科长，您好').waitFor();
  await openTile(phone.page, '转交事项', '**/packages/admin/orders/index');
  await shown('.chip').filter({ hasText: '待受理' }).click();
  const card = shown('.order-card').filter({ hasText: CONTENT });
  await card.getByText('已转交').waitFor();
  await card.getByText(/前受理/).waitFor();
  await settle();
  await phone.shot('dept-02-transfers-to-accept');

  await card.locator('.order-card__body').click();
  await phone.page.waitForURL(`**/packages/orders/detail/index?id=${orderId}`);
  await shown('.order-detail__line').filter({ hasText: '承办部门' }).getByText('冯科长').waitFor();
  await shown('.order-detail').getByText('13900000001').waitFor(); // its own transfer: in full
  await settle();
  await phone.shot('dept-03-transfer-detail');
  await shown('.nut-button.order-act__accept').click();
  await shown('.order-detail .order-status').getByText('部门办理中').waitFor();
  await shown('.timeline').getByText('部门受理', { exact: true }).waitFor();

  await shown('.nut-button').filter({ hasText: '提交答复' }).click();
  await shown('.order-act__error').getByText('请写下答复内容').waitFor();
  await shown('.order-act__respond textarea').fill(ANSWER);
  await shown('.nut-button').filter({ hasText: '提交答复' }).click();
  await shown('.timeline').getByText(ANSWER).waitFor();
  await shown('.order-answers').getByText(ANSWER).waitFor();
  await scrollTop(phone.page);
  await settle();
  await phone.shot('dept-04-accepted-and-answered');

  await shown('.nut-button')
    .filter({ hasText: /^办结$/ })
    .click();
  await phone.page.waitForURL('**/packages/tasks/complete/index?id=*');
  await shown('.complete-form .form-textarea textarea').fill(RESULT);
  const [chooser] = await Promise.all([phone.page.waitForEvent('filechooser'), shown('.photo-picker__add').click()]);
  await chooser.setFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: TINY_PNG });
  await shown('.photo-picker__img').first().waitFor();
  await settle();
  await phone.shot('dept-05-complete-form');
  await shown('.nut-button.complete-submit').click();
  await phone.page.waitForURL('**/packages/orders/detail/index?id=*');
  await shown('.order-detail .order-status').getByText('待评价').waitFor();
  await shown('.order-answers').getByText(RESULT).waitFor();
  expect(await shown('.order-answers .photo-grid__item').count()).toBe(1);
});

test('周奶奶 sees every step of the department’s work on her order and rates it', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await phone.page.getByText('周奶奶，您好').waitFor();
  await openTile(phone.page, '我的诉求', '**/packages/orders/mine/index');
  const card = shown('.order-card').filter({ hasText: CONTENT });
  await card.getByText('待评价').waitFor();
  await card.locator('.order-card__body').click();
  await phone.page.waitForURL(`**/packages/orders/detail/index?id=${orderId}`);
  await shown('.order-answers').getByText('部门答复（冯科长）').waitFor();
  await shown('.order-answers').getByText('办理结果（冯科长）').waitFor();
  const timeline = shown('.timeline');
  for (const step of ['提交诉求', '社区派单', '部门受理', '部门答复', '办结'])
    await timeline.getByText(step, { exact: true }).waitFor();
  await settle();
  await phone.shot('dept-06-resident-sees-steps');

  await shown('.star-picker__star').nth(3).click();
  await shown('.star-picker').getByText('满意').waitFor();
  await shown('.order-act .form-textarea textarea').fill('路灯亮了，谢谢冯科长');
  await shown('.nut-button').filter({ hasText: '提交评价' }).click();
  await shown('.order-detail .order-status').getByText('已办结').waitFor();
  await timeline.getByText('4 星：路灯亮了，谢谢冯科长').waitFor();
  await settle();
  await phone.shot('dept-07-rated-closed');
});
