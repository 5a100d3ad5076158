/**
 * 红榜 and the admin side of points, in a phone browser on the H5 build against the local cloud:
 * the board's people (names only) and grids; 李书记 finds a resident in 积分管理, gives him points
 * for an area of the ten (a double tap awards once) and reverses it (冲正); and puts a new item with
 * a picture on the 爱心超市 shelf, which residents then see. Screenshots: points-13… to points-18….
 */
import { resolve } from 'node:path';
import { data, startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn, TINY_PNG } from './support/h5';

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
const settle = () => phone.page.waitForTimeout(500); // page slide-in / sheet slide-up before a picture
/** A success toast fades after 1.5 s: wait it out so it does not cover the picture. */
const toastGone = () => phone.page.waitForTimeout(1800);
const number = async (selector: string) => Number(await shown(selector).first().innerText());
const userIdOf = async (openid: string) => data(await cloud.call('user', openid, { action: 'login' })).user._id;

/** Earnings this month, whatever the demo seed holds: 张党员 and 周奶奶 are on the board. */
async function earn(openid: string, amount: number, requestId: string): Promise<void> {
  const userId = await userIdOf(openid);
  const event = { action: 'award', userId, amount, area: 'volunteer', reason: '参加志愿服务', requestId };
  data(await cloud.call('points', 'demo-admin', event));
}

test('红榜: people by points earned this month (names only), and the grids', async () => {
  await earn('demo-party-1', 10, 'e2e-board-1');
  await earn('demo-resident-1', 5, 'e2e-board-2');
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await phone.page.getByText('周奶奶，您好').waitFor();
  await openTile(phone.page, '红榜', '**/packages/points/board/index');
  const people = shown('.board-people');
  await people.getByText('张党员').waitFor();
  await people.getByText('周奶奶（我）').waitFor();
  expect(await people.innerText()).not.toMatch(/1[3-9]\d{9}/); // never a phone number
  await shown('.board-grids').getByText('网格一').waitFor();
  await settle();
  await phone.shot('points-13-board-month');
  await shown('.chip').filter({ hasText: '总榜' }).click();
  await shown('.chip--on').getByText('总榜').waitFor();
  await shown('.board-people').getByText('张党员').waitFor();
});

test('李书记 finds 吴大爷 in 积分管理, gives him 5 points for 志愿服务, then reverses it', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await phone.page.getByText('李书记，您好').waitFor();
  await openTile(phone.page, '积分管理', '**/packages/admin/points/index');
  await shown('.member-row').first().waitFor();
  await shown('.member-search input').fill('吴');
  await shown('.member-row').filter({ hasText: '吴大爷' }).waitFor();
  expect(await shown('.member-row').count()).toBe(1);
  await settle();
  await phone.shot('points-14-admin-members');

  await shown('.member-row').filter({ hasText: '吴大爷' }).click();
  await phone.page.waitForURL('**/packages/admin/member-points/index?*');
  await shown('.member-points .points-title').getByText('吴大爷').waitFor();
  await shown('.member-points__number').filter({ hasText: /^\d+$/ }).waitFor(); // the ledger has answered
  const before = await number('.member-points__number');
  await shown('.nut-button.member-award').click();
  await shown('.sheet-dialog').getByText('给 吴大爷 加分').waitFor();
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.sheet-dialog').getByText('请选择积分领域').waitFor();
  await shown('.area-grid .chip').filter({ hasText: '志愿服务' }).click();
  await shown('.area-grid .chip').filter({ hasText: '5 分' }).click();
  await shown('.award-reason textarea').fill('帮助邻居搬运物品');
  await settle();
  await phone.shot('points-15-award-sheet');
  await shown('.nut-button.sheet-dialog__confirm').dblclick();
  const awarded = shown('.entry-row').filter({ hasText: '帮助邻居搬运物品' });
  await awarded.getByText('+5').waitFor();
  await shown('.member-points__number')
    .getByText(String(before + 5), { exact: true })
    .waitFor();
  expect(await awarded.count()).toBe(1); // the double tap awarded once

  await awarded.locator('.nut-button.entry-reverse').click();
  await shown('.sheet-dialog').getByText('冲正 -5 分？').waitFor();
  await shown('.reverse-reason textarea').fill('误加，应为吴大爷家人');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.entry-row').filter({ hasText: '冲正：误加，应为吴大爷家人' }).getByText('-5').waitFor();
  await awarded.getByText('已冲正').waitFor();
  expect(await awarded.locator('.entry-reverse').count()).toBe(0);
  await shown('.member-points__number').getByText(String(before), { exact: true }).waitFor();
  await scrollTop(phone.page);
  await toastGone();
  await phone.shot('points-16-member-ledger');
});

test('李书记 puts a new item on the shelf from 爱心超市商品', async () => {
  await phone.page.goBack();
  await shown('.nut-button.admin-go-items').click();
  await phone.page.waitForURL('**/packages/admin/items/index');
  await shown('.paged-list, .status-view').first().waitFor(); // the shelf (or its empty state) has answered
  await shown('.nut-button.item-add').click();
  await shown('.sheet-dialog').getByText('上架新商品').waitFor();
  await shown('.item-name input').fill('香皂两块');
  await shown('.item-cost input').fill('15');
  await shown('.item-stock input').fill('20');
  const [chooser] = await Promise.all([
    phone.page.waitForEvent('filechooser'),
    shown('.sheet-dialog .photo-picker__add').click(),
  ]);
  await chooser.setFiles({ name: 'soap.png', mimeType: 'image/png', buffer: TINY_PNG });
  await shown('.sheet-dialog .photo-picker__img').waitFor();
  await settle();
  await phone.shot('points-17-item-sheet');
  await shown('.nut-button.sheet-dialog__confirm').click();
  const card = shown('.item-card').filter({ hasText: '香皂两块' });
  await card.getByText('15 积分').waitFor();
  await card.getByText('剩 20 件').waitFor();
  await card.locator('.item-card__image').waitFor();
  await toastGone();
  await phone.shot('points-18-items-admin');

  // Residents see it, with its picture, on the shelf.
  await actAs(phone.page, cloud.url, 'demo-resident-2');
  await openTile(phone.page, '爱心超市', '**/packages/points/mall/index');
  await shown('.item-card').filter({ hasText: '香皂两块' }).locator('.item-card__image').waitFor();
});
