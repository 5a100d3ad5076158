/**
 * 积分 end to end, in a phone browser on the H5 build against the local cloud (demo seed):
 * 张党员 sees his 先锋积分 rise on 我的积分 when an order he took closes (the order's filing,
 * dispatch, grab, completion and rating go through the API; orders-flow tests those pages) →
 * 周奶奶 redeems an item in 爱心超市 (a double tap redeems once) and sees its code and QR code
 * (which a real decoder reads) → 李书记 fulfils it by typing the code in 核销, and a second try
 * is refused → 周奶奶 sees it 已核销, in 长辈模式, and cancels a second one. 红榜 and the admin
 * pages: points-admin.test.ts.
 * Screenshots: tests/artifacts/screenshots/points-*.png.
 */
import { resolve } from 'node:path';
import { data, startTestCloud } from '../support/cloud';
import { orderIn } from '../support/orders';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, shown as shownOn, sizeOf } from './support/h5';
import { readQrCode } from './support/qr';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const ITEM = { name: '洗衣粉一袋', cost: 30, stock: 10, limitPerPerson: 2 };

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;
let code = '';

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR });
  phone = await openPhone();
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);
const settle = () => phone.page.waitForTimeout(500); // page slide-in / sheet slide-up before a picture
const number = async (selector: string) => Number(await shown(selector).first().innerText());
const userIdOf = async (openid: string) => data(await cloud.call('user', openid, { action: 'login' })).user._id;

/** What the demo seed may not have yet: the item on the shelf and enough points for 周奶奶. */
async function stockTheShelf(): Promise<void> {
  const items = data(await cloud.call('points', 'demo-resident-1', { action: 'items' })).items as { name: string }[];
  if (!items.some((i) => i.name === ITEM.name)) {
    data(await cloud.call('points', 'demo-admin', { action: 'item.save', ...ITEM }));
  }
  const { balance } = data(await cloud.call('points', 'demo-resident-1', { action: 'balance' }));
  if (balance < ITEM.cost + 20) {
    data(
      await cloud.call('points', 'demo-admin', {
        action: 'award',
        userId: await userIdOf('demo-resident-1'),
        amount: ITEM.cost + 20 - balance,
        area: 'environment',
        reason: '参加楼道卫生清理',
        requestId: 'e2e-seed-award-1',
      }),
    );
  }
}

test('张党员 sees his 先锋积分 rise on 我的积分 when an order he took closes', async () => {
  const order = await orderIn(cloud, 'completed'); // filed by 周奶奶, dispatched, grabbed and completed by 张党员
  await actAs(phone.page, cloud.url, 'demo-party-1');
  await shown('.home-points').getByText('先锋积分').waitFor();
  await openTile(phone.page, '我的积分', '**/packages/points/mine/index');
  await shown('.balance-card__title').getByText('先锋积分').waitFor();
  await shown('.balance-card').getByText('累计积分兑换后不清零', { exact: false }).waitFor();
  const before = { balance: await number('.balance-card__number'), lifetime: await number('.balance-card__lifetime') };
  await settle();
  await phone.shot('points-01-party-before');

  data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: order._id, score: 5 }));
  await phone.page.reload();
  await shown('.entry-row').filter({ hasText: '完成诉求服务' }).first().waitFor();
  expect(await number('.balance-card__number')).toBe(before.balance + 10);
  expect(await number('.balance-card__lifetime')).toBe(before.lifetime + 10);
  const earned = shown('.entry-row').first();
  await earned.getByText('志愿服务 · 获得', { exact: false }).waitFor();
  await earned.getByText('+10').waitFor();
  await settle();
  await phone.shot('points-02-party-after');
});

test('周奶奶 redeems an item in 爱心超市: asked first, a double tap redeems once, code and QR code shown', async () => {
  await stockTheShelf();
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await shown('.home-points').getByText('我的积分').waitFor();
  await settle();
  await phone.shot('points-03-resident-home');
  await openTile(phone.page, '爱心超市', '**/packages/points/mall/index');
  const card = shown('.item-card').filter({ hasText: ITEM.name });
  await card.getByText('30 积分').waitFor();
  await card.getByText('每人限兑 2 件', { exact: false }).waitFor();
  const balance = await number('.mall-summary__number');
  await settle();
  await phone.shot('points-04-mall');

  await card.locator('.nut-button.item-redeem').click();
  await shown('.sheet-dialog').getByText(`兑换「${ITEM.name}」？`).waitFor();
  await shown('.sheet-dialog')
    .getByText(`兑换后剩余 ${balance - ITEM.cost} 积分`, { exact: false })
    .waitFor();
  await settle();
  await phone.shot('points-05-redeem-confirm');
  await shown('.nut-button.sheet-dialog__confirm').dblclick();

  await shown('.redeemed-sheet').getByText(`兑换成功：${ITEM.name}`).waitFor();
  code = (await shown('.redeemed-sheet .redemption-code__code').innerText()).replace(/\s/g, '');
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  await settle();
  expect(await readQrCode(phone.context, shown('.redeemed-sheet .qr-code'))).toBe(code);
  await phone.shot('points-06-redeemed-code');

  const mine = data(await cloud.call('points', 'demo-resident-1', { action: 'redemptions', mine: true })).items;
  expect(mine.filter((r: { itemName: string }) => r.itemName === ITEM.name)).toHaveLength(1);
  await shown('.nut-button.redeemed-ok').click();
  await shown('.mall-summary__number')
    .getByText(String(balance - ITEM.cost), { exact: true })
    .waitFor();
});

test('周奶奶 finds it 待核销 in 我的兑换, with the code and a QR code', async () => {
  await shown('.nut-button.mall-go-redemptions').click();
  await phone.page.waitForURL('**/packages/points/redemptions/index');
  const card = shown('.redemption-card').filter({ hasText: ITEM.name });
  await card.getByText('待核销').waitFor();
  await card
    .locator('.redemption-code__code')
    .getByText(`${code.slice(0, 4)} ${code.slice(4)}`)
    .waitFor();
  expect(await readQrCode(phone.context, card.locator('.qr-code'))).toBe(code);
  await card.locator('.nut-button.redemption-cancel').waitFor();
  await settle();
  await phone.shot('points-07-my-redemptions');
});

test('李书记 fulfils it by typing the code in 核销; the same code again is refused', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await phone.page.getByText('李书记，您好').waitFor();
  await openTile(phone.page, '核销', '**/packages/admin/verify/index');
  expect(await shown('.verify-scan').count()).toBe(0); // H5 has no camera scan: the code box only
  // Typed as a clerk might: lower case, with the space it is shown with.
  await shown('.verify-input input').fill(`${code.slice(0, 4)} ${code.slice(4)}`.toLowerCase());
  await shown('.nut-button.verify-submit').click();
  const result = shown('.verify-result--ok');
  await result.getByText('核销成功，请交付商品').waitFor();
  await result.getByText(ITEM.name).waitFor();
  await result.getByText('兑换人：周奶奶').waitFor();
  await settle();
  await phone.shot('points-08-verified');

  await shown('.verify-input input').fill(code);
  await shown('.nut-button.verify-submit').click();
  await shown('.verify-result--fail').getByText('该兑换已核销').waitFor();
  await settle();
  await phone.shot('points-09-used-code');
});

test('周奶奶 sees it 已核销 in 长辈模式, with big words and tall targets', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1', { elder: true });
  await phone.page.getByText('周奶奶，您好').waitFor();
  await openTile(phone.page, '我的积分', '**/packages/points/mine/index');
  await shown('.entry-row')
    .filter({ hasText: `兑换「${ITEM.name}」` })
    .first()
    .waitFor();
  expect((await sizeOf(phone.page, '.entry-row__reason')).fontPx).toBeGreaterThanOrEqual(23.8);
  expect((await sizeOf(phone.page, '.nut-button.points-go-mall')).height).toBeGreaterThanOrEqual(48);
  await settle();
  await phone.shot('points-10-mine-elder');

  await shown('.nut-button.points-go-redemptions').click();
  await phone.page.waitForURL('**/packages/points/redemptions/index');
  const card = shown('.redemption-card').filter({ hasText: ITEM.name });
  await card.getByText('已核销').waitFor();
  await card.getByText('已领取', { exact: false }).waitFor();
  expect(await card.locator('.qr-code').count()).toBe(0);
  expect((await sizeOf(phone.page, '.redemption-card__name')).fontPx).toBeGreaterThanOrEqual(23.8);
  expect((await sizeOf(phone.page, '.chip')).height).toBeGreaterThanOrEqual(48);
  await settle();
  await phone.shot('points-11-fulfilled-elder');
});

test('周奶奶 cancels a second redemption in 我的兑换 and gets her points back', async () => {
  const item = (
    data(await cloud.call('points', 'demo-resident-1', { action: 'items' })).items as { _id: string; name: string }[]
  ).find((i) => i.name === ITEM.name)!;
  data(
    await cloud.call('points', 'demo-resident-1', { action: 'redeem', itemId: item._id, requestId: 'e2e-second-1' }),
  );
  const { balance } = data(await cloud.call('points', 'demo-resident-1', { action: 'balance' }));
  await phone.page.reload();
  const card = shown('.redemption-card').filter({ hasText: '待核销' });
  await card.locator('.qr-code').waitFor();
  await settle();
  await phone.shot('points-12-pending-elder');
  await card.locator('.nut-button.redemption-cancel').click();
  await shown('.sheet-dialog').getByText(`取消兑换「${ITEM.name}」？`).waitFor();
  await shown('.sheet-dialog').getByText(`取消后 ${ITEM.cost} 积分会退回到您的账户。`).waitFor();
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.redemption-card').filter({ hasText: '已取消' }).getByText('积分已退回', { exact: false }).waitFor();
  expect(await shown('.redemption-card .qr-code').count()).toBe(0);
  expect(data(await cloud.call('points', 'demo-resident-1', { action: 'balance' })).balance).toBe(balance + ITEM.cost);
});
