/**
 * @jest-environment jsdom
 *
 * Smoke test of 活动清单 (issue 14) in the real mini-program build (dist/weapp, the activities
 * subpackage): the list shows each activity's kind, places left and 召集令; the detail's 我要报名 goes
 * through React to wx.cloud as `activities.signup` and the page then says 已报名; 我的志愿时长 shows
 * the total and each entry. At the activity, 扫码签到 — the mini-program's own path, which the H5
 * e2e cannot reach — scans the host's QR code with wx.scanCode and sends `activities.checkIn`. Replies are typed by types/activities.ts, and every call the pages make
 * is parsed by the function's own event schema.
 */
import type { ActivityDetail, ActivityView, HoursPage } from '../../types/activities';
import { activitiesEventSchema } from '../../types/activities';
import { loginResultSchema } from '../../types/user';
import { findWithText, loadApp, renderPage, tap, textOf, waitForText, watchMissingTemplates } from './harness';

const calls: { name: string; data: Record<string, unknown> }[] = [];
const toasts: string[] = [];
const scans: Record<string, unknown>[] = [];

const LOGIN = loginResultSchema.parse({
  user: { _id: 'u-1', name: '张党员', phone: '13800000004', buildingId: 'b-demo-1-1', room: '501' },
  roles: [
    { role: 'resident', scope: { buildingId: 'b-demo-1-1' } },
    { role: 'party_member', scope: { gridId: 'g-demo-1' } },
  ],
  community: { _id: 'c-demo', name: '示范社区' },
});

const inDays = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
};
const MEDIATION: ActivityView = {
  _id: 'act-1',
  kind: 'service',
  kindLabel: '服务',
  category: 'mediation',
  categoryLabel: '矛盾调解',
  title: '周末邻里调解室',
  description: '带上您的烦心事，党员调解员帮您说和。',
  startAt: inDays(3, 9),
  endAt: inDays(3, 11),
  place: '党群服务中心二楼',
  capacity: 5,
  signedUp: 2,
  placesLeft: 3,
  signUpBy: inDays(2, 18),
  points: 5,
  area: 'governance',
  callUp: { skills: ['mediation'], count: 3, skillLabels: ['矛盾调解'] },
  hostName: '王网格员',
  status: 'open',
  attendedCount: 0,
};
const CLEANUP: ActivityView = {
  ...MEDIATION,
  _id: 'act-2',
  kind: 'activity',
  kindLabel: '活动',
  category: 'environment',
  categoryLabel: '环境整治',
  title: '楼道杂物清理',
  place: '1号楼',
  capacity: 10,
  signedUp: 10,
  placesLeft: 0,
  callUp: undefined,
  points: 0,
};
const DETAIL: ActivityDetail = { activity: MEDIATION, canHost: false };
const SIGNED: ActivityDetail = {
  activity: { ...MEDIATION, signedUp: 3, placesLeft: 2 },
  mine: { userId: 'u-1', status: 'signed', signedAt: new Date().toISOString() },
  canHost: false,
};
// Started 10 minutes ago, signed up: check-in is open. On weapp the button scans the host's QR code.
const RUNNING: ActivityDetail = {
  activity: {
    ...MEDIATION,
    _id: 'act-3',
    title: '社区义诊',
    startAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    endAt: new Date(Date.now() + 110 * 60_000).toISOString(),
    signUpBy: new Date(Date.now() - 10 * 60_000).toISOString(),
  },
  mine: { userId: 'u-1', status: 'signed', signedAt: inDays(-1, 9) },
  canHost: false,
};
const CHECKED_IN: ActivityDetail = { ...RUNNING, mine: { ...RUNNING.mine!, checkInAt: new Date().toISOString() } };
const HOURS: HoursPage = {
  totalMinutes: 150,
  entryCount: 2,
  items: [
    {
      _id: 'hours:activity:act-0:u-1',
      minutes: 90,
      source: 'activity',
      sourceLabel: '活动',
      reason: '参加「重阳敬老义诊」',
      at: inDays(-3, 11),
    },
    {
      _id: 'hours:wish:w-0:u-1',
      minutes: 60,
      source: 'wish',
      sourceLabel: '微心愿',
      reason: '圆梦「想要一副老花镜」',
      at: inDays(-10, 16),
    },
  ],
};

const INVALID = { code: 'INVALID_ARGUMENT', message: '填写的内容有误，请检查后再试' };
const templates = watchMissingTemplates();

beforeAll(() => {
  loadApp((name, data) => {
    calls.push({ name, data });
    if (name === 'user' && data.action === 'login') return { ok: true, data: LOGIN };
    if (name !== 'activities') return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
    // The function parses every event first: a page sending anything else is refused, as in production.
    if (!activitiesEventSchema.safeParse(data).success) return { ok: false, error: INVALID };
    if (data.action === 'list') return { ok: true, data: { items: [MEDIATION, CLEANUP] } };
    if (data.action === 'get') return { ok: true, data: data.activityId === 'act-3' ? RUNNING : DETAIL };
    if (data.action === 'checkIn') return { ok: true, data: CHECKED_IN };
    if (data.action === 'signup') return { ok: true, data: SIGNED };
    if (data.action === 'hours') return { ok: true, data: HOURS };
    return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
  });
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.showToast = (opts: { title: string; success?: () => void }) => {
    toasts.push(opts.title);
    opts.success?.();
  };
  wx.stopPullDownRefresh = () => undefined;
  // The camera reads the host's QR code: it holds the 6-character code, as the host page draws it.
  wx.scanCode = (opts: Record<string, unknown> & { success?: (r: unknown) => void }) => {
    const { success, fail, complete, ...asked } = opts;
    void fail;
    void complete;
    scans.push(asked);
    success?.({ result: 'K7M3QZ', scanType: 'QR_CODE', errMsg: 'scanCode:ok' });
  };
});

afterAll(() => templates.stop());

test('活动清单 lists upcoming activities with kind, places left and the 召集令', async () => {
  const page = renderPage('packages/activities/list/index');
  await waitForText(page, '周末邻里调解室');
  const first = findWithText(page, '.activity-card', '周末邻里调解室');
  for (const words of ['服务 · 矛盾调解', '剩 3 个名额', '党群服务中心二楼', '召集令：需要 3 名矛盾调解志愿者'])
    expect(textOf(first)).toContain(words);
  expect(textOf(first)).toContain('参加可得 5 积分');
  expect(textOf(findWithText(page, '.activity-card', '楼道杂物清理'))).toContain('名额已满');
  for (const words of ['我的志愿时长', '近期', '已结束', '服务清单', '活动清单', '召集令提醒我'])
    expect(textOf(page)).toContain(words);
  // A party member is not staff: no 发布活动.
  expect(textOf(page)).not.toContain('发布活动');
  expect(calls.find((c) => c.name === 'activities')?.data).toEqual({ action: 'list', when: 'upcoming' });
});

test('活动详情: 我要报名 calls activities.signup for this activity and the page says 已报名', async () => {
  const page = renderPage('packages/activities/detail/index', { id: 'act-1' });
  await waitForText(page, '周末邻里调解室');
  for (const words of [
    '地点：党群服务中心二楼',
    '名额：5 人，已报名 2 人，剩 3 个',
    '发布：王网格员',
    '带上您的烦心事',
  ])
    expect(textOf(page)).toContain(words);
  findWithText(page, '.activity-signup', '我要报名').dispatchEvent('tap');
  await waitForText(page, '✓ 已报名');
  expect(calls.filter((c) => c.data.action === 'signup').map((c) => c.data)).toEqual([
    { action: 'signup', activityId: 'act-1' },
  ]);
  expect(textOf(page)).toContain('已报名 3 人，剩 2 个');
  expect(textOf(page)).toContain('取消报名');
  expect(toasts).toContain('报名成功');
  page.detach(); // back to the list: the next detail is a new page
});

test("活动详情 at the activity: 扫码签到 scans the host's QR code (weapp only) and calls activities.checkIn", async () => {
  const page = renderPage('packages/activities/detail/index', { id: 'act-3' });
  await waitForText(page, '社区义诊');
  expect(textOf(page)).toContain('✓ 已报名');
  expect(textOf(page)).not.toContain('我要报名'); // 报名 closed at the start
  await tap(findWithText(page, '.activity-check', '扫码签到'));
  await waitForText(page, '✓ 已签到');
  expect(scans).toEqual([{ onlyFromCamera: true, scanType: ['qrCode'] }]);
  expect(calls.filter((c) => c.data.action === 'checkIn').map((c) => c.data)).toEqual([
    { action: 'checkIn', activityId: 'act-3', code: 'K7M3QZ' },
  ]);
  expect(toasts).toContain('签到成功');
});

test('我的志愿时长 shows the total and each entry with where it came from', async () => {
  const page = renderPage('packages/activities/hours/index');
  await waitForText(page, '2.5 小时');
  expect(textOf(page)).toContain('共 2 次 · 150 分钟');
  await waitForText(page, '参加「重阳敬老义诊」');
  expect(textOf(page)).toContain('+1.5 小时');
  expect(textOf(page)).toContain('圆梦「想要一副老花镜」');
  expect(textOf(page)).toContain('微心愿 · ');
  expect(calls.some((c) => c.name === 'activities' && c.data.action === 'hours')).toBe(true);
});

test('every node of the rendered activity pages has a weapp template', () => {
  expect(templates.found).toEqual([]);
});
