/**
 * 代办 and the grid worker's view, end to end in a phone browser on the H5 build (issue 11.3, 11.6):
 * 孙楼长 (楼栋长 of 1号楼) opens 代办 from the 工作台, picks 吴大爷 from the building's household list
 * and files for him → the order shows 代办人 → 吴大爷 finds it in 我的诉求 with 代办人 孙楼长 →
 * 孙楼长 follows it in 我代办的 → 王网格 (网格员 of 网格一) sees it in 网格诉求 (filtered by status)
 * and the demo's badly rated order in 整改. Screenshots: tests/artifacts/screenshots/proxy-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const CONTENT = '吴大爷家的水龙头一直滴水，老人拧不动，请帮忙修一下';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR, demoOrders: true });
  phone = await openPhone();
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);
const settle = () => phone.page.waitForTimeout(400);

test('孙楼长 files a 代办 for 吴大爷, chosen from 1号楼’s household list', async () => {
  await actAs(phone.page, cloud.url, 'demo-leader-1');
  await phone.page.getByText('孙楼长，您好').waitFor();
  await openTile(phone.page, '代办', '**/packages/orders/proxy/index');
  const wu = shown('.proxy-household').filter({ hasText: '吴大爷' });
  await wu.getByText('402室').waitFor();
  await shown('.proxy-household').filter({ hasText: '周奶奶' }).waitFor();
  expect(await shown('.proxy-household').filter({ hasText: '孙楼长' }).count()).toBe(0);
  await settle();
  await phone.shot('proxy-01-households');

  await wu.click();
  await shown('.proxy-for').getByText('为 吴大爷（1号楼 402室）代办').waitFor();
  expect(await shown('.form-picker').count()).toBe(0); // no building or room to choose: his registered home counts
  await shown('.category-choice').filter({ hasText: '居家养老' }).click();
  await shown('.form-textarea textarea').fill(CONTENT);
  await scrollTop(phone.page);
  await phone.shot('proxy-02-form');

  await shown('.nut-button.order-form__submit').click();
  await phone.page.waitForURL('**/packages/orders/detail/index?id=*');
  const detail = shown('.order-detail');
  await detail.getByText(CONTENT).waitFor();
  await detail.locator('.order-detail__line').filter({ hasText: '代办人' }).getByText('孙楼长').waitFor();
  await detail.locator('.order-detail__line').filter({ hasText: '诉求人' }).getByText('吴大爷').waitFor();
  await detail.getByText('1号楼 402室').waitFor();
  await settle();
  await phone.shot('proxy-03-filed');
});

test('吴大爷 sees it in 我的诉求, with 代办人 孙楼长 on the order', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-2');
  await phone.page.getByText('吴大爷，您好').waitFor();
  await openTile(phone.page, '我的诉求', '**/packages/orders/mine/index');
  const card = shown('.order-card').filter({ hasText: CONTENT });
  await card.waitFor();
  await settle();
  await phone.shot('proxy-04-resident-mine');
  await card.locator('.order-card__body').click();
  await phone.page.waitForURL('**/packages/orders/detail/index?id=*');
  await shown('.order-detail__line').filter({ hasText: '代办人' }).getByText('孙楼长').waitFor();
  await shown('.timeline').getByText('楼栋长代办').waitFor();
  await settle();
  await phone.shot('proxy-05-resident-detail');
});

test('孙楼长 follows it in 我代办的', async () => {
  await actAs(phone.page, cloud.url, 'demo-leader-1');
  await phone.page.getByText('孙楼长，您好').waitFor();
  await openTile(phone.page, '代办', '**/packages/orders/proxy/index');
  await shown('.nut-button.proxy-mine').click();
  await phone.page.waitForURL('**/packages/orders/proxied/index');
  await shown('.order-card').filter({ hasText: CONTENT }).getByText('为 吴大爷 代办').waitFor();
  await settle();
  await phone.shot('proxy-06-proxied-list');
});

test('王网格 sees the grid’s orders in 网格诉求, by status, and the badly rated one in 整改', async () => {
  await actAs(phone.page, cloud.url, 'demo-grid-1');
  await phone.page.getByText('王网格，您好').waitFor();
  await openTile(phone.page, '网格诉求', '**/packages/tasks/grid/index');
  await shown('.order-card').filter({ hasText: CONTENT }).waitFor();
  await shown('.order-card').filter({ hasText: '楼道灯坏了' }).waitFor();
  await settle();
  await phone.shot('proxy-07-grid-orders');
  await shown('.chip').filter({ hasText: '整改中' }).click();
  await shown('.order-card').filter({ hasText: '楼道灯坏了' }).waitFor();
  await phone.page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.order-card')).every(
      (c) => !(c as HTMLElement).offsetParent || c.textContent?.includes('整改中'),
    ),
  );

  await phone.page.goBack();
  await openTile(phone.page, '整改', '**/packages/tasks/rectify/index');
  const card = shown('.order-card').filter({ hasText: '楼道灯坏了' });
  await card.getByText('评价：2 星，只换了一层，三楼还是黑的').waitFor();
  await settle();
  await phone.shot('proxy-08-rectify-queue');
});
