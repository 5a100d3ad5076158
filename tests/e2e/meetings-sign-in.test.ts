/**
 * 签到 and 会议纪要 end to end, in a phone browser on the H5 build against the local cloud (demo
 * seed, scripts/demo-meetings.ts): 李书记 shows the rotating sign-in QR code of 「楼道堆物怎么清」
 * (it starts in 20 minutes); a scanner reads the code from the screen; 周奶奶, in 长辈模式, finds
 * the meeting through 议事厅, types the code and is signed in with 5 points; 李书记 ticks 吴大爷 on
 * the roll (点名); then 周奶奶 opens the minutes of last week's 「小区停车难怎么办」. Screenshots: tests/artifacts/screenshots/sign-in-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, shown as shownOn } from './support/h5';
import { readQrCode } from './support/qr';

const H5_DIR = resolve(__dirname, '../../dist/h5');

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
const settle = () => phone.page.waitForTimeout(600);

test('李书记 shows the sign-in QR code; a scanner reads the 6-character code it prints', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await phone.page.goto(cloud.url + '/packages/meetings/detail/index?id=demo-meeting-soon');
  await shown('.nut-button.meeting-show-code').click();
  const codeText = shown('.sign-in-qr__code');
  await codeText.waitFor();
  code = (await codeText.textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await settle();
  expect(await readQrCode(phone.context, shown('.sign-in-qr .qr-code'))).toBe(code);
  await phone.shot('sign-in-01-host-qr');
  await shown('.nut-button.sheet-dialog__confirm').click();
});

test('周奶奶 (长辈模式) finds the meeting in 议事厅, types the code and is signed in once, +5 积分', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1', { elder: true });
  await openTile(phone.page, '议事厅', '**/packages/meetings/hall/index');
  await shown('.meeting-card').filter({ hasText: '楼道堆物怎么清' }).click();
  await phone.page.waitForURL('**/packages/meetings/detail/index**');
  await shown('.meeting-detail__attendance').getByText('已签到 0 人').waitFor();
  await settle();
  await phone.shot('sign-in-02-resident-detail');

  await shown('.nut-button.meeting-attend-code').click();
  // Typed the way an elder reads it aloud: lower case, with a space.
  await shown('.sign-in-code-input input').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await settle();
  await phone.shot('sign-in-03-type-code');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.meeting-detail__signed').getByText('您已签到').waitFor();
  await shown('.meeting-detail__attendance').getByText('已签到 1 人').waitFor();
  expect(await shown('.nut-button.meeting-attend-code').count()).toBe(0);
  await phone.page.waitForTimeout(1800); // the toast would cover the picture
  await phone.shot('sign-in-04-signed');
});

test('李书记 ticks 吴大爷 on the roll, building by building', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await phone.page.goto(cloud.url + '/packages/meetings/detail/index?id=demo-meeting-soon');
  await shown('.meeting-detail__attendance').getByText('已签到 1 人').waitFor();
  await shown('.nut-button.meeting-roll').click();
  await shown('.roll-building').filter({ hasText: '1号楼' }).click();
  const wu = shown('.roll-row').filter({ hasText: '吴大爷' });
  await wu.getByText('点一下签到').waitFor();
  await shown('.roll-row').filter({ hasText: '周奶奶' }).getByText('已签到').waitFor();
  await wu.click();
  await wu.getByText('已签到').waitFor();
  await shown('.sheet-dialog__title').getByText('点名（已签到 2 人）').waitFor();
  await phone.page.waitForTimeout(1800); // the toast would cover the picture
  await phone.shot('sign-in-05-roll');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.meeting-attendees').getByText('吴大爷（点名）', { exact: false }).waitFor();
});

test('周奶奶 opens the minutes of last week’s meeting: topics with notes, decisions, how many attended', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1', { elder: true });
  await phone.page.goto(cloud.url + '/packages/meetings/detail/index?id=demo-meeting-minutes');
  await shown('.nut-button.meeting-minutes-link').click();
  await phone.page.waitForURL('**/packages/meetings/minutes/index**');
  await shown('.minutes-attendance').getByText('参会 2 人').waitFor();
  await shown('.minutes-topics .topic-card').filter({ hasText: '东侧空地改成 12 个车位' }).waitFor();
  await shown('.minutes-decisions .decision-card').filter({ hasText: '车棚加装 20 个充电口' }).waitFor();
  await shown('.nut-button.minutes-share').waitFor();
  await settle();
  await phone.shot('sign-in-06-minutes');
});
