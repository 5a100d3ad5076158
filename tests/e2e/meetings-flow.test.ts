/**
 * 议事 end to end, in a phone browser on the H5 build against the local cloud (demo seed):
 * 周奶奶 proposes a topic in 议事厅 and sees it 待审议 → 李书记 creates a 五步议事法 meeting in
 * 议事管理, accepts her topic into it, and takes it through all five steps on 会议详情 (推进, 记录,
 * 决策 with an owner and a due date, 公布, 报告进展, 结束) → 周奶奶 reads the decision and its
 * progress on 公开栏, in 长辈模式. Screenshots: tests/artifacts/screenshots/meetings-*.png.
 */
import { resolve } from 'node:path';
import { data, startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn, sizeOf } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');
const TOPIC = { title: '3号楼前路灯不亮', content: '晚上出门看不见路，老人容易摔跤，希望修一修。' };
const MEETING = '3号楼路灯怎么修';
const DECISION = '物业一周内更换3号楼前两盏路灯';

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
// After an action, its 1.5 s toast would cover the picture.
const toastGone = () => phone.page.waitForTimeout(1800);
const sheet = () => shown('.sheet-dialog');
const confirm = () => shown('.nut-button.sheet-dialog__confirm').click();
const stepNow = (label: string) => shown('.section-title').getByText(`现在是「${label}」`).waitFor();

test('周奶奶 proposes a topic in 议事厅 and finds it 待审议 under 我的议题', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await openTile(phone.page, '议事厅', '**/packages/meetings/hall/index');
  await shown('.nut-button.hall-propose').waitFor();
  await settle();
  await phone.shot('meetings-01-hall');

  await shown('.nut-button.hall-propose').click();
  await shown('.propose-title input').fill(TOPIC.title);
  await shown('.propose-content textarea').fill(TOPIC.content);
  await settle();
  await phone.shot('meetings-02-propose');
  await confirm();
  const mine = shown('.my-topics .topic-card').filter({ hasText: TOPIC.title });
  await mine.getByText('待审议').waitFor();
  await settle();
  await phone.shot('meetings-03-my-topics');
});

test('李书记 creates a 五步议事法 meeting and accepts the topic into it', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '议事管理', '**/packages/meetings/admin/index');
  await shown('.pending-topics .topic-card').filter({ hasText: TOPIC.title }).waitFor();

  await shown('.nut-button.admin-create-meeting').click();
  await sheet().getByText('五步议事法').click();
  await shown('.create-title input').fill(MEETING);
  await sheet().getByText('明天', { exact: true }).click();
  await settle();
  await phone.shot('meetings-04-create');
  await confirm();
  await shown('.meeting-card').filter({ hasText: MEETING }).locator('.meeting-step').getByText('议题征集').waitFor();

  const pending = shown('.pending-topics .topic-card').filter({ hasText: TOPIC.title });
  await pending.locator('.nut-button.topic-accept').click();
  await sheet().locator('.choice').filter({ hasText: MEETING }).click();
  await settle();
  await phone.shot('meetings-05-accept');
  await confirm();
  await shown('.pending-topics').getByText(TOPIC.title).waitFor({ state: 'hidden' });
  await scrollTop(phone.page);
  await settle();
  await phone.shot('meetings-06-admin');
});

test('李书记 takes the meeting through all five steps: notes, a decision with owner and due date, 公布, progress', async () => {
  await shown('.meeting-card').filter({ hasText: MEETING }).click();
  await phone.page.waitForURL('**/packages/meetings/detail/index**');
  await stepNow('议题征集');
  await shown('.meeting-topics .topic-card').filter({ hasText: TOPIC.title }).getByText('已采纳').waitFor();
  await settle();
  await phone.shot('meetings-07-detail-collect');

  const advance = async (to: string) => {
    await shown('.nut-button.meeting-advance').click();
    await sheet().getByText(`推进到「${to}」？`).waitFor();
    await confirm();
    await stepNow(to);
  };
  await advance('议题审议');
  await advance('协商议事');

  const topic = shown('.meeting-topics .topic-card').filter({ hasText: TOPIC.title });
  await topic.locator('.nut-button.topic-record').click();
  await shown('.record-notes textarea').fill('居民反映路灯坏了两个月；物业说灯具已老化，需要更换。');
  await confirm();
  await topic.getByText('物业说灯具已老化', { exact: false }).waitFor();

  await topic.locator('.nut-button.topic-decide').click();
  await shown('.decide-text textarea').fill(DECISION);
  await shown('.decide-owner-search input').fill('李书记');
  await sheet().locator('.choice').filter({ hasText: '李书记' }).first().click();
  await sheet().getByText('一周内').click();
  await settle();
  await phone.shot('meetings-08-decide');
  await confirm();
  const decided = shown('.meeting-decisions .decision-card').filter({ hasText: DECISION });
  await decided.getByText('责任人：李书记').waitFor();
  await decided.getByText('尚未公开').waitFor();

  await advance('公布决策');
  await shown('.nut-button.meeting-publish').click();
  await confirm();
  await decided.getByText('尚未公开').waitFor({ state: 'hidden' });

  await advance('议题落实');
  await decided.locator('.nut-button.decision-progress-button').click();
  await shown('.progress-note textarea').fill('灯具已采购，周五安装。');
  await confirm();
  await decided.getByText('灯具已采购，周五安装。').waitFor();
  await toastGone();
  await phone.shot('meetings-09-detail-implement');

  await shown('.nut-button.meeting-advance').click();
  await confirm();
  await shown('.section-title').getByText('会议步骤：已结束').waitFor();
  expect(await shown('.nut-button.meeting-advance').count()).toBe(0);
  await scrollTop(phone.page);
  await toastGone();
  await phone.shot('meetings-10-finished');
});

test('周奶奶 reads the published decision and its progress on 公开栏, in 长辈模式', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1', { elder: true });
  const board = data(await cloud.call('meetings', 'demo-resident-1', { action: 'board' })).items;
  expect(board.some((d: { decision: string }) => d.decision === DECISION)).toBe(true);
  // 议事厅 is not among 长辈模式's few home tiles; the elder reaches 公开栏 from a shared link.
  await phone.page.goto(cloud.url + '/packages/meetings/hall/index');
  await shown('.nut-button.hall-go-board').click();
  await phone.page.waitForURL('**/packages/meetings/board/index');
  const card = shown('.decision-card').filter({ hasText: DECISION });
  await card.getByText('责任人：李书记').waitFor();
  await card.getByText('灯具已采购，周五安装。').waitFor();
  await card.getByText('完成日期', { exact: false }).waitFor();
  const big = await sizeOf(phone.page, '.decision-card__text');
  expect(big.fontPx).toBeGreaterThanOrEqual(24);
  await settle();
  await phone.shot('meetings-11-board');

  await phone.page.goBack();
  await shown('.page-tabs .nut-tabs-titles-item').filter({ hasText: '我的议题' }).click();
  await shown('.my-topics .topic-card').filter({ hasText: TOPIC.title }).getByText('已采纳').waitFor();
});
