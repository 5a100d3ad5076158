/**
 * 在职党员报到 in a phone browser on the H5 build against the local cloud (issue 14): 郑阿姨 registers
 * with 县财政局 and 李书记 confirms her in 报到审核; 李书记 signs 陈党员's 反馈卡 off, and 郭主任
 * (共建单位) downloads it as Word — a real docx, its text read back. Screenshots party-01… to party-06….
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { data, startTestCloud } from '../support/cloud';
import { docxText } from '../support/ledger-files';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn } from './support/h5';

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

test('郑阿姨 registers with 县财政局; 李书记 confirms her in 报到审核', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-3');
  await openTile(phone.page, '在职党员报到', '**/packages/party/register/index');
  await shown('.party-org input').fill('县财政局机关党支部');
  await shown('.chip').filter({ hasText: '矛盾调解' }).click();
  await shown('.chip').filter({ hasText: '周六' }).click();
  await phone.page.waitForTimeout(300);
  await phone.shot('party-01-form');
  await shown('.nut-button.party-submit').click();
  await shown('.party-status[data-status="pending"]').waitFor();
  await scrollTop(phone.page);
  await phone.shot('party-02-pending');

  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '报到审核', '**/packages/admin/party/index');
  const row = shown('.party-row').filter({ hasText: '郑阿姨' });
  await row.waitFor();
  await phone.page.waitForTimeout(400);
  await phone.shot('party-03-review');
  await row.locator('.nut-button.party-confirm').click();
  await row.waitFor({ state: 'detached' });
  const mine = data(await cloud.call('party', 'demo-resident-3', { action: 'mine' }));
  expect(mine.registration).toMatchObject({ status: 'confirmed', unitName: '县财政局', skills: ['mediation'] });
});

test('李书记 signs 陈党员’s 反馈卡 off; 郭主任 downloads it as Word', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '报到审核', '**/packages/admin/party/index');
  await shown('.page-tabs .nut-tabs-titles-item').filter({ hasText: '已报到' }).click();
  await shown('.party-row').filter({ hasText: '陈党员' }).click();
  await phone.page.waitForURL('**/packages/admin/party-member/index**');
  await shown('.party-remark textarea').fill('辅导孩子功课耐心细致，群众评价好。');
  await shown('.nut-button.party-sign').click();
  await shown('.party-card__signed').waitFor();
  await phone.page.waitForTimeout(300);
  await phone.shot('party-04-signed');

  await actAs(phone.page, cloud.url, 'demo-unit');
  await openTile(phone.page, '共建单位', '**/packages/party/unit/index');
  await shown('.unit-member').filter({ hasText: '张党员' }).waitFor();
  await phone.page.waitForTimeout(400);
  await phone.shot('party-05-unit');
  await shown('.page-tabs .nut-tabs-titles-item').filter({ hasText: '反馈卡' }).click();
  const card = shown('.unit-card').filter({ hasText: '陈党员' });
  await card.waitFor();
  await phone.page.waitForTimeout(700);
  await phone.shot('party-06-cards');
  const [download] = await Promise.all([
    phone.page.waitForEvent('download'),
    card.locator('.nut-button.unit-card-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^在职党员进社区服务反馈卡-陈党员-县财政局-\d{4}年第\d季度\.docx$/);
  const text = docxText(readFileSync(await download.path()));
  for (const words of [
    '在职党员进社区服务反馈卡',
    '陈党员',
    '县财政局',
    '示范社区',
    '辅导孩子功课耐心细致',
    '“1+X”服务承诺完成情况',
  ])
    expect(text).toContain(words);
  // A unit admin sees no resident: no room or phone on the card or the page.
  expect(text).not.toMatch(/1[3-9]\d{9}|\d{3}室/);
});
