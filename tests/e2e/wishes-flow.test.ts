/**
 * 微心愿 end to end (issue 14), in a phone browser on the H5 build against the local cloud: 周奶奶
 * posts a wish; 李书记 approves it in 心愿审核; 张党员 finds it on the 心愿墙 — a card that names no
 * one — claims it (and now sees whom to call), fulfils it with a note and a photo; 周奶奶 confirms
 * 圆梦; 张党员's points rose by the community's 10. Screenshots: tests/artifacts/screenshots/wishes-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud, data } from '../support/cloud';
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
const settle = () => phone.page.waitForTimeout(600);
const TITLE = '想请人教我用智能电视';
const balanceOf = async (openid: string) => data(await cloud.call('points', openid, { action: 'balance' })).balance;

test('周奶奶 posts a wish; it waits for the community’s review', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await phone.page.getByText('周奶奶，您好').waitFor();
  await openTile(phone.page, '微心愿', '**/packages/wishes/list/index');
  await shown('.wish-card').first().waitFor(); // the demo wishes on the wall
  await shown('.wish-dreams')
    .getByText(/已圆梦 \d+ 个心愿/)
    .waitFor();
  await settle();
  await phone.shot('wishes-01-wall');

  await shown('.nut-button.wish-go-post').click();
  await phone.page.waitForURL('**/packages/wishes/post/index');
  await shown('.choice').filter({ hasText: '一老（老年人）' }).click();
  await shown('.wish-title-input input').fill(TITLE);
  await shown('.wish-desc-input textarea').fill('新换的智能电视不会用，想请人教教怎么看回放。');
  await shown('.choice').filter({ hasText: '一周内' }).click();
  await settle();
  await phone.shot('wishes-02-post');
  await shown('.nut-button.wish-submit').click();
  await phone.page.waitForURL('**/packages/wishes/detail/index?*');
  await shown('.wish-status').getByText('待审核').waitFor();
  await shown('.wish-people')
    .getByText(/心愿人：周奶奶/)
    .waitFor(); // her own view names her
  await scrollTop(phone.page);
  await settle();
  await phone.shot('wishes-03-pending');
});

test('李书记 approves it in 心愿审核', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await phone.page.getByText('李书记，您好').waitFor();
  await openTile(phone.page, '心愿审核', '**/packages/wishes/list/index?tab=review');
  await shown('.wish-card').filter({ hasText: TITLE }).click();
  await phone.page.waitForURL('**/packages/wishes/detail/index?*');
  await shown('.wish-review').waitFor();
  await settle();
  await phone.shot('wishes-04-review');
  await shown('.nut-button.wish-approve').click();
  await shown('.wish-status').getByText('待认领').waitFor();
});

test('张党员 sees a card that names no one, claims it, and then sees whom to call', async () => {
  await actAs(phone.page, cloud.url, 'demo-party-1');
  await phone.page.getByText('张党员，您好').waitFor();
  await openTile(phone.page, '微心愿', '**/packages/wishes/list/index');
  const card = shown('.wish-card').filter({ hasText: TITLE });
  await card.waitFor();
  const cardText = await card.innerText();
  expect(cardText).toContain('1号楼一位老人');
  expect(cardText).not.toMatch(/周奶奶|302|1390000/);
  await card.click();
  await phone.page.waitForURL('**/packages/wishes/detail/index?*');
  await shown('.nut-button.wish-claim').waitFor();
  expect(await shown('.wish-people').count()).toBe(0); // nothing of anyone before claiming
  expect(await phone.page.locator('body').innerText()).not.toMatch(/周奶奶|302室|13900000001/);
  await settle();
  await phone.shot('wishes-05-card-before-claim');

  await shown('.nut-button.wish-claim').click();
  await shown('.wish-status').getByText('已认领').waitFor();
  await shown('.wish-people').getByText('联系人：周奶奶 13900000001').waitFor();
  expect(await shown('.wish-people').innerText()).not.toContain('302'); // the contact, not the room
  await settle();
  await phone.shot('wishes-06-claimed');
});

test('张党员 fulfils it with a note and a photo', async () => {
  await shown('.wish-note-input textarea').fill('上门教会了奶奶用遥控器看回放');
  await shown('.wish-minutes .chip').filter({ hasText: '1.5 小时' }).click();
  const [chooser] = await Promise.all([phone.page.waitForEvent('filechooser'), shown('.photo-picker__add').click()]);
  await chooser.setFiles({ name: 'tv.png', mimeType: 'image/png', buffer: TINY_PNG });
  await shown('.photo-picker__img').waitFor();
  await settle();
  await phone.shot('wishes-07-fulfil');
  await shown('.nut-button.wish-fulfil-submit').click();
  await shown('.wish-status').getByText('待确认').waitFor();
  await shown('.wish-fulfilment').getByText('上门教会了奶奶用遥控器看回放').waitFor();
  await shown('.wish-fulfilment').getByText('用时约 90 分钟').waitFor();
});

test('周奶奶 confirms 圆梦; 张党员’s points rose by 10', async () => {
  const before = await balanceOf('demo-party-1');
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await phone.page.getByText('周奶奶，您好').waitFor();
  await openTile(phone.page, '微心愿', '**/packages/wishes/list/index');
  await shown('.page-tabs').getByText('我的心愿').click();
  await phone.page.waitForTimeout(700); // the tab slide
  await shown('.wish-card').filter({ hasText: TITLE }).click();
  await phone.page.waitForURL('**/packages/wishes/detail/index?*');
  await shown('.wish-fulfilment').waitFor();
  await shown('.wish-people')
    .getByText(/认领人：张党员/)
    .waitFor();
  await settle();
  await phone.shot('wishes-08-to-confirm');
  await shown('.nut-button.wish-confirm').click();
  await shown('.wish-status').getByText('已圆梦').waitFor();
  expect(await balanceOf('demo-party-1')).toBe(before + 10);
  await scrollTop(phone.page);
  await settle();
  await phone.shot('wishes-09-confirmed');

  // 张党员 sees it in his 积分 ledger.
  await actAs(phone.page, cloud.url, 'demo-party-1');
  await phone.page.getByText('张党员，您好').waitFor();
  await openTile(phone.page, '我的积分', '**/packages/points/mine/index');
  await shown('body').getByText(`微心愿圆梦：${TITLE}`).waitFor();
  await settle();
  await phone.shot('wishes-10-points');
});
