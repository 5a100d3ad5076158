/**
 * 楼栋通知 end to end, in a phone browser on the H5 build against the local cloud (demo seed):
 * 孙楼长 (demo-leader-1) first sends a 接龙 whose text the content check flags — refused with the
 * message, nothing saved — then fixes it and posts it to 1号楼 (5 places, 明天 18:00) →
 * 周奶奶 (demo-resident-1) sees it unread on the home and in 楼栋通知, opens it and signs up with a
 * note → 孙楼长 sees 周奶奶's home (302) among 已读 and on the 接龙名单, 吴大爷's (402) among 未读, and
 * sends the unread a reminder with one tap.
 * Screenshots: tests/artifacts/screenshots/notices-*.png.
 */
import { resolve } from 'node:path';
import { data, startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const TITLE = '周六上午楼道大扫除';
const NOTE = '我和老伴两个人';

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
const titlesFor = async (openid: string) =>
  (data(await cloud.call('notices', openid, { action: 'list' })).items as { title: string }[]).map((n) => n.title);

test('孙楼长 posts a 接龙 to 1号楼; text the content check flags is refused first and nothing is saved', async () => {
  await actAs(phone.page, cloud.url, 'demo-leader-1');
  await phone.page.getByText('孙楼长，您好').waitFor();
  await openTile(phone.page, '发布通知', '**/packages/notices/post/index');
  // A leader of one building may post there only: it is the one choice, already chosen.
  await shown('.choice--on').getByText('1号楼').waitFor();
  expect(await shown('.choice').filter({ hasText: '全社区' }).count()).toBe(0);

  await shown('.choice').filter({ hasText: '接龙' }).click();
  await shown('.notice-title-input input').fill(TITLE);
  await shown('.notice-content-input textarea').fill('请大家带上扫帚，违禁测试词');
  await shown('.notice-capacity-input input').fill('5');
  await shown('.choice').filter({ hasText: '明天 18:00' }).click();
  await settle();
  await phone.shot('notices-01-post-form');

  await shown('.nut-button.notice-submit').click();
  await shown('.notice-send-error').getByText('内容含有不当信息，请修改后再提交').waitFor();
  expect(await titlesFor('demo-leader-1')).not.toContain(TITLE);
  await settle();
  await phone.shot('notices-02-refused');

  await shown('.notice-content-input textarea').fill('周六上午九点，请大家带上扫帚在楼下集合。');
  await shown('.nut-button.notice-submit').click();
  await phone.page.waitForURL('**/packages/notices/mine/index');
  const card = shown('.notice-card').filter({ hasText: TITLE });
  await card.getByText('已报 0 / 5 人', { exact: false }).waitFor();
  await card.getByText('发给 1号楼').waitFor();
  await settle();
  await phone.shot('notices-03-my-posts');
});

test('周奶奶 sees it unread, opens it and signs up with a note', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await shown('.home-unread').getByText('条未读', { exact: false }).waitFor();
  await settle();
  await phone.shot('notices-04-resident-home');

  await openTile(phone.page, '楼栋通知', '**/packages/notices/list/index');
  const card = shown('.notice-card').filter({ hasText: TITLE });
  await card.locator('.notice-card__dot').waitFor();
  expect(await card.getAttribute('class')).toContain('notice-card--unread');
  await card.getByText('接龙').first().waitFor();
  await settle();
  await phone.shot('notices-05-list-unread');

  await card.click();
  await phone.page.waitForURL('**/packages/notices/detail/index?noticeId=*');
  await shown('.notice-detail__title').getByText(TITLE).waitFor();
  await shown('.notice-signup').getByText('已报 0 / 5 人').waitFor();
  await shown('.notice-signup').getByText('截止 明天 18:00').waitFor();
  await shown('.nut-button.notice-signup-go').click();
  await shown('.notice-note input').fill(NOTE);
  await settle();
  await phone.shot('notices-06-signup-sheet');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.notice-signup').getByText('✓ 您已报名').waitFor();
  await shown('.notice-signup').getByText('已报 1 / 5 人').waitFor();
  await shown('.nut-button.notice-withdraw').waitFor();
  await scrollTop(phone.page);
  await settle();
  await phone.shot('notices-07-signed-up');

  // Read now: back in the list the dot is gone.
  await phone.page.goBack();
  await phone.page.waitForURL('**/packages/notices/list/index');
  const again = shown('.notice-card').filter({ hasText: TITLE });
  await again.getByText('您已报名', { exact: false }).waitFor();
  expect(await again.locator('.notice-card__dot').count()).toBe(0);
});

test('孙楼长 sees 周奶奶 (302) among 已读 households and on the 接龙名单, 吴大爷 (402) among 未读, and reminds them', async () => {
  await actAs(phone.page, cloud.url, 'demo-leader-1');
  await openTile(phone.page, '楼栋通知', '**/packages/notices/list/index');
  await shown('.nut-button.notice-go-mine').click();
  await phone.page.waitForURL('**/packages/notices/mine/index');
  // Scoped to 我的发布: the list page it came from holds the same card while it slides away.
  await shown('.notices-mine .notice-card').filter({ hasText: TITLE }).click();
  await phone.page.waitForURL('**/packages/notices/follow/index?noticeId=*');

  const signups = shown('.notice-signups');
  await signups.getByText('1. 周奶奶').waitFor();
  await signups.getByText(NOTE).waitFor();
  // Households by room: 吴大爷 402 unread, 周奶奶 302 read; the poster's own 101 is not listed.
  await shown('.notice-readers').getByText('1号楼 402室').waitFor();
  expect(await shown('.notice-readers').getByText('1号楼 302室').count()).toBe(0);
  expect(await shown('.notice-readers').getByText('1号楼 101室').count()).toBe(0);
  await shown('.page-tabs').getByText('已读 1 户').waitFor();
  await settle();
  await phone.shot('notices-08-follow-unread');

  // 吴大爷 accepted one 楼栋通知 message: the reminder reaches him (周奶奶 read it, 孙楼长 posted it).
  data(await cloud.call('notices', 'demo-resident-2', { action: 'subscribe', kinds: ['building_notice'] }));
  await shown('.nut-button.notice-remind').click();
  await phone.page.getByText('发送提醒', { exact: true }).click();
  await phone.page.getByText('已提醒 1 人').waitFor();
  await phone.page.getByText('已提醒 1 人').waitFor({ state: 'hidden' });
  expect(
    await cloud.call('notices', 'demo-leader-1', {
      action: 'remind',
      noticeId: (await phone.page.evaluate(() => location.href)).split('noticeId=')[1],
    }),
  ).toMatchObject({ ok: false, error: { code: 'FAILED_PRECONDITION' } }); // once an hour

  await shown('.page-tabs .nut-tabs-titles-item').filter({ hasText: '已读' }).click();
  await shown('.notice-readers').getByText('1号楼 302室').waitFor();
  expect(await shown('.notice-readers').getByText('1号楼 402室').count()).toBe(0);
  await settle();
  await phone.shot('notices-09-follow-read');
});

test('the demo 停水通知: its photo shows in the detail, and 阅读情况 counts homes (2 read, 吴大爷 402 unread)', async () => {
  await actAs(phone.page, cloud.url, 'demo-leader-1');
  await openTile(phone.page, '楼栋通知', '**/packages/notices/list/index');
  await shown('.notice-card').filter({ hasText: '周三上午停水通知' }).click();
  await phone.page.waitForURL('**/packages/notices/detail/index?noticeId=demo-notice-water');
  await shown('.notice-detail .photo-grid__item').first().waitFor();
  // The picture really loaded (not a broken-image box).
  await phone.page.waitForFunction(() =>
    Array.from(document.querySelectorAll<HTMLImageElement>('.notice-detail .photo-grid__item img')).some(
      (img) => img.naturalWidth > 0,
    ),
  );
  await settle();
  await phone.shot('notices-10-detail-photo');

  await shown('.nut-button.notice-go-follow').click();
  await phone.page.waitForURL('**/packages/notices/follow/index?noticeId=demo-notice-water');
  await shown('.page-tabs').getByText('已读 2 户').waitFor();
  await shown('.notice-readers').getByText('1号楼 402室').waitFor();
  await settle();
  await phone.shot('notices-11-demo-follow');
});
