/**
 * A newcomer completes their profile (with the privacy consent before the phone is saved), and an
 * admin opens 组织架构 — in a phone browser on the H5 build against the local cloud.
 */
import { resolve } from 'node:path';
import { startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';

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

const shown = (selector: string) => phone.page.locator(selector).filter({ visible: true });

/** Acts as `openid` the way the dev sign-in does (Taro H5 storage wraps values as {data}). */
async function actAs(openid: string): Promise<void> {
  await phone.page.goto(cloud.url + '/pages/login/index');
  await phone.page.evaluate((id) => localStorage.setItem('llt.dev-openid', JSON.stringify({ data: id })), openid);
  await phone.page.goto(cloud.url + '/');
}

test('a newcomer without an invitation picks the community, completes the profile, consents, and waits for 认证', async () => {
  await actAs('e2e-newcomer');
  // Not in a community yet: 加入社区 lists those open to newcomers.
  await phone.page.waitForURL('**/packages/profile/join/index');
  await shown('.join-community').filter({ hasText: '示范社区' }).click();
  await phone.page.waitForURL('**/packages/profile/edit/index');
  await shown('.profile-form').waitFor();
  await phone.shot('07-profile-form');

  await shown('.full-button').click();
  await phone.page.getByText('请填写手机号').waitFor();
  await phone.page.getByText('请选择楼栋').waitFor();
  await phone.page.getByText('请填写房号').waitFor();
  await phone.shot('08-profile-form-errors');

  const inputs = shown('.profile-input input');
  await inputs.nth(0).fill('孙大妈');
  await inputs.nth(1).fill('13911112222');
  await inputs.nth(2).fill('502');
  await shown('.profile-picker').click();
  await phone.page.getByText('选择楼栋').last().waitFor();
  await phone.page.waitForTimeout(400); // the picker slides up
  await phone.page.locator('.nut-picker-control .nut-picker-confirm-btn').filter({ visible: true }).click();
  await shown('.profile-picker').getByText('网格一 · 1号楼').waitFor();

  await shown('.full-button').click();
  await phone.page.getByText('用户隐私保护指引').waitFor();
  await phone.page.waitForTimeout(400);
  await phone.shot('09-privacy-consent');
  await phone.page.locator('.nut-button.privacy__agree-h5').click();

  await phone.page.waitForURL('**/pages/home/index');
  await phone.page.getByText('孙大妈，您好').waitFor();
  await shown('.home-hello__where').filter({ hasText: '示范社区 · 1号楼 502室' }).waitFor();
  await phone.page.getByText('（待认证）').waitFor();
  await phone.shot('10-home-after-profile');
});

test('an admin opens 组织架构 from the 工作台 and sees grids with their buildings', async () => {
  await actAs('demo-admin');
  await phone.page.getByText('李书记，您好').waitFor();
  await shown('.section-title').getByText('社区管理员').waitFor();
  await phone.shot('11-admin-home');
  await shown('.tile').filter({ hasText: '组织架构' }).click();
  await phone.page.waitForURL('**/packages/admin/org/index');
  await phone.page.getByText('2 个网格 · 4 栋楼').waitFor();
  await phone.page.getByText('网格一（2 栋）').waitFor();
  await phone.page.getByText('4号楼').waitFor();
  await phone.page.waitForTimeout(400); // let the page slide in before the picture
  await phone.shot('12-org-tree');
});
