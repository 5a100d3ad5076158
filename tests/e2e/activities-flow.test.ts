/**
 * 活动 end to end (issue 14), in a phone browser on the H5 build against the local cloud: 李书记
 * publishes an activity; 陈党员 signs up in 活动清单 and checks in with the code on 李书记's host page
 * (its QR code reads as the same code); the activity runs its hour (the clock is moved on in the store,
 * as tests/support/activities.ts `shift` does — an e2e cannot wait an hour); 陈党员 checks out with the
 * code of that minute; after the end 李书记 presses 一键发放积分 (twice: credited once); 陈党员 sees
 * his hours and points rise, and finds both his sign-ups under 我的 → 我报名的活动 (近期 已报名; 已结束
 * 已签退 with its hours and points). Screenshots: tests/artifacts/screenshots/activities-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud } from '../support/cloud';
import { shift } from '../support/activities';
import { DEMO_ACTIVITY_CALL } from '../../scripts/demo-activities';
import { chinaWallClock } from '../../domain/china-time';
import { personHoursId } from '../../cloudfunctions/_shared/hours-ledger';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn } from './support/h5';
import { readQrCode } from './support/qr';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const TITLE = '助老志愿服务';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;
let activityUrl = '';

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
const activityId = () => new URL(activityUrl).searchParams.get('id') ?? '';
const minutesOf = (openid: string) =>
  Number(cloud.store.find('hour_accounts', { _id: personHoursId('c-demo', userIdFor(openid)) })[0]?.totalMinutes ?? 0);

/** China day and clock time `minutes` from now, as the form wants them. */
function china(minutes: number): { day: string; time: string } {
  const wall = chinaWallClock(new Date(Date.now() + minutes * 60_000)).toISOString();
  return { day: wall.slice(0, 10), time: wall.slice(11, 16) };
}

async function hostCode(): Promise<string> {
  await phone.page.goto(`${cloud.url}/packages/activities/host/index?id=${activityId()}`);
  const code = shown('.activity-qr__code');
  await code.waitFor();
  return ((await code.textContent()) ?? '').trim();
}

test('李书记 publishes an activity from 活动清单 → 发布活动', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '活动清单', '**/packages/activities/list/index');
  await shown('.activity-card').first().waitFor();
  await settle();
  await phone.shot('activities-01-list');
  await shown('.nut-button.activity-publish').click();
  await phone.page.waitForURL('**/packages/activities/publish/index');
  // starts in 10 minutes (if that crosses midnight, tomorrow's 00:10 instead), an hour long
  let start = china(10);
  if (start.time >= '22:50') start = { ...china(24 * 60 - 10), time: '00:10' };
  const [h, m] = start.time.split(':').map(Number);
  const end = `${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  await phone.page
    .locator('.form-page .chip')
    .filter({ hasText: /^助老助残$/ })
    .first()
    .click(); // the category (a skill has the same name)
  await shown('.publish-title input').fill(TITLE);
  await shown('.publish-day input').fill(start.day);
  await shown('.publish-start input').fill(start.time);
  await shown('.publish-end input').fill(end);
  await shown('.publish-place input').fill('1号楼活动室');
  await shown('.publish-capacity input').fill('5');
  await shown('.publish-points input').fill('6');
  await settle();
  await phone.shot('activities-02-publish');
  await shown('.nut-button.publish-submit').click();
  await phone.page.waitForURL('**/packages/activities/detail/index**');
  activityUrl = phone.page.url();
  await shown('.activity-places').getByText('已报名 0 人').waitFor();
  expect(activityId()).not.toBe('');
});

test('陈党员 signs up in 活动清单 and checks in with the code on the host’s screen', async () => {
  await actAs(phone.page, cloud.url, 'demo-party-2');
  await openTile(phone.page, '活动清单', '**/packages/activities/list/index');
  await shown('.activity-card').filter({ hasText: TITLE }).click();
  await phone.page.waitForURL('**/packages/activities/detail/index**');
  await shown('.nut-button.activity-signup').click();
  await shown('.activity-mine__state').getByText('✓ 已报名').waitFor();
  await shown('.activity-places').getByText('剩 4 个').waitFor();
  await settle();
  await phone.shot('activities-03-signed-up');

  await actAs(phone.page, cloud.url, 'demo-admin');
  const code = await hostCode();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await settle();
  expect(await readQrCode(phone.context, shown('.activity-qr .qr-code'))).toBe(code);
  await phone.shot('activities-04-host-qr');

  await actAs(phone.page, cloud.url, 'demo-party-2');
  await phone.page.goto(activityUrl);
  await shown('.activity-code-input input').fill(code.toLowerCase());
  await shown('.nut-button.activity-check').click();
  await shown('.activity-mine__state').getByText('✓ 已签到').waitFor();
  await settle();
  await phone.shot('activities-05-checked-in');
});

test('an hour later 陈党员 checks out with that minute’s code; the host awards once; his hours and points rose', async () => {
  const before = minutesOf('demo-party-2');
  shift(cloud, activityId(), 69); // the hour has passed: it ends in a minute
  await actAs(phone.page, cloud.url, 'demo-admin');
  const code = await hostCode();
  await actAs(phone.page, cloud.url, 'demo-party-2');
  await phone.page.goto(activityUrl);
  await shown('.activity-code-input input').fill(code);
  await shown('.nut-button.activity-check').click();
  await shown('.activity-mine__state').getByText('✓ 已签退').waitFor();
  // 59 or 60 minutes: the start was a whole minute, the clock has run on since
  await shown('.activity-mine__hours')
    .getByText(/（(59|60) 分钟）/)
    .waitFor();
  await settle();
  await phone.shot('activities-06-checked-out');

  shift(cloud, activityId(), 5); // it has ended
  await actAs(phone.page, cloud.url, 'demo-admin');
  await phone.page.goto(`${cloud.url}/packages/activities/host/index?id=${activityId()}`);
  await shown('.roll-row')
    .filter({ hasText: '陈党员' })
    .getByText(/已签退 (59|60) 分钟/)
    .waitFor();
  await shown('.nut-button.activity-award').click();
  await phone.page.getByText('1 人各得 6 积分').waitFor();
  await settle();
  await phone.shot('activities-07-awarded');
  await phone.page.getByText('确定').click();
  await shown('.activity-closed').waitFor();
  // pressed again (another host, a retry): nothing twice
  const again = await cloud.call('activities', 'demo-admin', { action: 'award', activityId: activityId() });
  expect(again).toMatchObject({ ok: true, data: { awarded: 0 } });
  expect(cloud.store.count('point_entries', { _id: `activity:${activityId()}:${userIdFor('demo-party-2')}` })).toBe(1);
  await scrollTop(phone.page);
  await phone.shot('activities-08-closed');

  await actAs(phone.page, cloud.url, 'demo-party-2');
  await phone.page.goto(`${cloud.url}/packages/activities/hours/index`);
  await shown('.hours-row')
    .filter({ hasText: `活动：${TITLE}` })
    .getByText('+1 小时')
    .waitFor();
  expect([59, 60]).toContain(minutesOf('demo-party-2') - before);
  await settle();
  await phone.shot('activities-09-my-hours');
  await openTileFromHome('我的积分', '**/packages/points/mine/index');
  await shown('.page').getByText(`参加活动：${TITLE}`).first().waitFor();
  await settle();
  await phone.shot('activities-10-my-points');
});

test('陈党员 finds what he signed up for under 我的 → 我报名的活动: 近期 and 已结束, with 状态 and hours', async () => {
  // a second sign-up, still to come: the demo's 召集令 activity
  const next = await cloud.call('activities', 'demo-party-2', { action: 'signup', activityId: DEMO_ACTIVITY_CALL });
  expect(next.ok).toBe(true);
  await actAs(phone.page, cloud.url, 'demo-party-2');
  await phone.page.locator('.taro-tabbar__tabbar').getByText('我的').click();
  await phone.page.waitForURL('**/pages/mine/index');
  await shown('.mine-signups__open').scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('activities-11-mine-row');
  await shown('.mine-signups__open').click();
  await phone.page.waitForURL('**/packages/activities/mine/index');
  const upcoming = shown('.my-signup').first();
  await upcoming.waitFor();
  expect(await shown('.my-signup').count()).toBe(1);
  await upcoming.locator('.my-signup__state').getByText('已报名').waitFor();
  await settle();
  await phone.shot('activities-12-my-signups-upcoming');

  await shown('.my-signup-tabs .chip').filter({ hasText: '已结束' }).click();
  const done = shown('.my-signup').filter({ hasText: TITLE });
  await done.locator('.my-signup__state').getByText('已签退').waitFor();
  await done.getByText(/志愿时长 1 小时\s+积分 \+6/).waitFor();
  await settle();
  await phone.shot('activities-13-my-signups-past');
  await done.click();
  await phone.page.waitForURL(`**/packages/activities/detail/index?id=${activityId()}`);
});

async function openTileFromHome(title: string, glob: string) {
  await phone.page.goto(cloud.url + '/');
  await openTile(phone.page, title, glob);
}
