/**
 * A community set up from empty and a resident joining it (issue 11 points 1 and 2), in a phone
 * browser on the H5 build against a local cloud with NO data: the first admin by the documented
 * command, grids and buildings in 组织架构 (one moved to another grid), a 楼栋长 granted in 人员管理,
 * the 楼栋长's invitation, a resident joining by it and waiting 待认证, confirmed by the 楼栋长.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { startTestCloud, ROOT } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const run = promisify(execFile);

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR, seed: false });
  phone = await openPhone();
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => phone.page.locator(selector).filter({ visible: true });

async function actAs(openid: string, path = '/'): Promise<void> {
  await phone.page.goto(cloud.url + '/pages/login/index');
  await phone.page.evaluate((id) => localStorage.setItem('llt.dev-openid', JSON.stringify({ data: id })), openid);
  await phone.page.goto(cloud.url + path);
}

/** Fills 我的资料 and saves it (the privacy consent comes before the first phone number). */
async function fillProfile(
  name: string,
  phoneNo: string,
  room: string,
  pickBuilding: boolean,
  consent: boolean,
): Promise<void> {
  await phone.page.waitForURL('**/packages/profile/edit/index');
  await shown('.profile-form').waitFor();
  const inputs = shown('.profile-input input');
  await inputs.nth(0).fill(name);
  await inputs.nth(1).fill(phoneNo);
  await inputs.nth(2).fill(room);
  if (pickBuilding) {
    await shown('.profile-picker').click();
    await phone.page.waitForTimeout(500); // the picker slides up
    await phone.page.locator('.nut-picker-control .nut-picker-confirm-btn').filter({ visible: true }).click();
  }
  await shown('.full-button').click();
  if (consent) {
    // Asked once per phone (this browser): the first person to save a number here consents.
    await phone.page.getByText('用户隐私保护指引').waitFor();
    await phone.page.waitForTimeout(400);
    await phone.page.locator('.nut-button.privacy__agree-h5').click();
  }
  await phone.page.waitForURL('**/pages/home/index');
}

/** Saves an org sheet with a name (and optionally another grid). */
async function orgSheet(name: string, grid?: string): Promise<void> {
  await phone.page.waitForTimeout(400);
  await shown('.org-sheet__name input').fill(name);
  if (grid) await shown('.choice').filter({ hasText: grid }).click();
  await shown('.sheet-dialog__confirm').click();
  await phone.page.waitForTimeout(600);
}

test('from empty: first admin, grids and buildings, a 楼栋长, a resident joining by invitation and confirmed', async () => {
  // 1. The first admin, by the one-off command (README 部署 9).
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'scripts/community-create.ts'),
      '--url',
      cloud.url,
      '--name',
      '幸福社区',
      '--admin-openid',
      'e2e-first-admin',
      '--admin-name',
      '王书记',
    ],
    { cwd: ROOT },
  );
  const communityInvite = /社区邀请码: ([A-Z2-9]{10})/.exec(stdout)?.[1] as string;
  expect(communityInvite).toBeTruthy();

  // 2. Grids and buildings in 组织架构; 2栋 moves to 第二网格.
  await actAs('e2e-first-admin');
  await phone.page.getByText('王书记，您好').waitFor();
  await shown('.tile').filter({ hasText: '组织架构' }).click();
  await phone.page.waitForURL('**/packages/admin/org/index');
  await phone.page.getByText('0 个网格 · 0 栋楼').waitFor();
  await shown('.org-add-grid').click();
  await orgSheet('第一网格');
  await shown('.org-add-grid').click();
  await orgSheet('第二网格');
  await shown('.org-grid-block').filter({ hasText: '第一网格' }).locator('.org-add-building').click();
  await orgSheet('1栋');
  await shown('.org-grid-block').filter({ hasText: '第一网格' }).locator('.org-add-building').click();
  await orgSheet('2栋');
  await shown('.org-building').filter({ hasText: '2栋' }).click();
  await orgSheet('2栋', '第二网格');
  await phone.page.getByText('第二网格（1 栋）').waitFor();
  await phone.page.getByText('第一网格（1 栋）').waitFor();
  await phone.shot('join-01-org-built');

  // 3. A future 楼栋长 joins by the community's invitation and fills in 1栋 101.
  await actAs('e2e-leader', `/packages/profile/join/index?invite=${communityInvite}`);
  await shown('.join-invite__community').filter({ hasText: '幸福社区' }).waitFor();
  await shown('.join-button').click();
  await fillProfile('孙建国', '13911110001', '101', true, true);

  // 4. The admin finds him by pinyin initials and grants 楼栋长 of 1栋.
  await actAs('e2e-first-admin', '/packages/admin/people/index');
  await shown('.people-search__input input').fill('sjg');
  await shown('.people-row').filter({ hasText: '孙建国' }).click();
  await phone.page.waitForTimeout(500);
  await shown('.role-chip-building_leader').click();
  await shown('.choice').filter({ hasText: '1栋' }).click();
  await phone.shot('join-02-grant-leader');
  await shown('.sheet-dialog__confirm').click();
  await shown('.role-sheet__label').filter({ hasText: '楼栋长（1栋）' }).waitFor();
  await shown('.sheet-dialog__cancel').click();

  // 5. The 楼栋长 shares 1栋's invitation from 居民认证.
  await actAs('e2e-leader');
  await phone.page.getByText('孙建国，您好').waitFor();
  await shown('.tile').filter({ hasText: '居民认证' }).click();
  await phone.page.waitForURL('**/packages/admin/residents/index');
  const code = (await shown('.invite-card__code').innerText()).replace('邀请码', '').trim();
  expect(code).toMatch(/^[A-Z2-9]{10}$/);
  await shown('.qr-code').waitFor();
  await phone.shot('join-03-leader-invitation');

  // 6. A resident follows it: 1栋 is chosen already; she adds her room and waits 待认证.
  await actAs('e2e-resident', `/packages/profile/join/index?invite=${code}`);
  await shown('.join-invite__building').filter({ hasText: '1栋' }).waitFor();
  await phone.shot('join-04-invitation-opened');
  await shown('.join-button').click();
  await phone.page.waitForURL('**/packages/profile/edit/index');
  await shown('.profile-status').filter({ hasText: '待认证' }).waitFor();
  await fillProfile('周桂兰', '13911110002', '302', false, false);
  await phone.page.getByText('（待认证）').waitFor();
  await phone.shot('join-05-resident-pending');

  // 7. The 楼栋长 confirms exactly that claim.
  await actAs('e2e-leader', '/packages/admin/residents/index');
  const row = shown('.pending-row').filter({ hasText: '周桂兰' });
  await row.filter({ hasText: '1栋 302室' }).waitFor();
  await phone.shot('join-06-verify-queue');
  await row.locator('.verify-confirm').click();
  await phone.page.getByText('没有待认证的居民。').waitFor();

  // 8. Her home no longer says 待认证.
  await actAs('e2e-resident');
  await phone.page.getByText('周桂兰，您好').waitFor();
  await shown('.home-hello__where').filter({ hasText: '幸福社区 · 1栋 302室' }).waitFor();
  expect(await phone.page.getByText('（待认证）').count()).toBe(0);
  await phone.shot('join-07-resident-confirmed');
});
