/**
 * @jest-environment jsdom
 *
 * Smoke test of 微心愿 and 在职党员报到 (issue 14) in the real mini-program build (dist/weapp, the
 * wishes and party subpackages): the 心愿墙 shows wishes as the public card names them (no name,
 * room or phone) and the 圆梦 count; in 心愿详情 我来认领 goes through React to wx.cloud as
 * `wishes.claim`, and the claimer then sees whom to call and the 完成心愿 form; the 报到表 renders its
 * units, skills and times, and 提交报到 sends `party.register` with the skills tapped. Replies are
 * typed by types/, and every call is parsed by the function's own event schema.
 */
import type { MineView, RegistrationView, UnitView } from '../../types/party';
import { partyEventSchema } from '../../types/party';
import type { WishPage, WishView } from '../../types/wishes';
import { wishesEventSchema } from '../../types/wishes';
import { loginResultSchema } from '../../types/user';
import {
  findWithText,
  loadApp,
  renderPage,
  tap,
  textOf,
  typeInto,
  waitFor,
  waitForText,
  watchMissingTemplates,
} from './harness';

const calls: { name: string; data: Record<string, unknown> }[] = [];
const toasts: string[] = [];

const LOGIN = loginResultSchema.parse({
  user: { _id: 'u-1', name: '张党员', phone: '13800000004', buildingId: 'b-demo-1-1', room: '501' },
  roles: [
    { role: 'resident', scope: { buildingId: 'b-demo-1-1' } },
    { role: 'party_member', scope: { gridId: 'g-demo-1' } },
  ],
  community: { _id: 'c-demo', name: '示范社区' },
});

const NO_ABILITIES = { cancel: false, review: false, claim: false, release: false, fulfil: false, confirm: false };
const GLASSES: WishView = {
  _id: 'w-1',
  title: '想要一副老花镜',
  description: '看报纸越来越费劲了，想配一副 300 度的老花镜。',
  category: 'elderly',
  categoryLabel: '一老（老年人）',
  who: '1号楼一位老人',
  buildingName: '1号楼',
  dueDate: '2026-12-31',
  photos: [],
  status: 'open',
  statusLabel: '待认领',
  createdAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T03:00:00.000Z',
  timeline: [
    { action: 'post', label: '许愿', at: '2026-12-01T02:00:00.000Z', role: '居民' },
    { action: 'approve', label: '审核通过', at: '2026-12-01T03:00:00.000Z', role: '社区' },
  ],
  can: { ...NO_ABILITIES, claim: true },
  postedByLeader: false,
};
const BOOKS: WishView = {
  ...GLASSES,
  _id: 'w-2',
  title: '孩子想要几本课外书',
  category: 'child',
  categoryLabel: '一小（少年儿童）',
  who: '2号楼一位小朋友',
  buildingName: '2号楼',
  postedByLeader: true,
};
const WALL: WishPage = { items: [GLASSES, BOOKS], dreams: 12 };
const CLAIMED: WishView = {
  ...GLASSES,
  status: 'claimed',
  statusLabel: '已认领',
  can: { ...NO_ABILITIES, fulfil: true, release: true },
  contact: { name: '周桂兰', phone: '13900000001' },
  timeline: [...GLASSES.timeline, { action: 'claim', label: '认领', at: '2026-12-02T01:00:00.000Z', role: '党员' }],
};

const UNITS: UnitView[] = [
  { _id: 'unit-finance', name: '县财政局', kind: 'organ' },
  { _id: 'unit-hospital', name: '县人民医院', kind: 'institution' },
];
const NOT_REGISTERED: MineView = { registration: null };
const PENDING: RegistrationView = {
  _id: 'c-demo_u-1',
  userId: 'u-1',
  communityId: 'c-demo',
  name: '张党员',
  unitId: 'unit-hospital',
  unitName: '县人民医院',
  partyOrg: '县人民医院第二党支部',
  skills: ['health', 'mediation'],
  skillsNote: '',
  availableTimes: ['saturday'],
  status: 'pending',
  createdAt: '2026-12-03T01:00:00.000Z',
};

const INVALID = { code: 'INVALID_ARGUMENT', message: '填写的内容有误，请检查后再试' };
let registered = false;
const templates = watchMissingTemplates();

beforeAll(() => {
  loadApp((name, data) => {
    calls.push({ name, data });
    if (name === 'user' && data.action === 'login') return { ok: true, data: LOGIN };
    if (name === 'wishes') {
      // The function parses every event first: a page sending anything else is refused, as in production.
      if (!wishesEventSchema.safeParse(data).success) return { ok: false, error: INVALID };
      if (data.action === 'list') return { ok: true, data: WALL };
      if (data.action === 'get') return { ok: true, data: { wish: GLASSES } };
      if (data.action === 'claim') return { ok: true, data: { wish: CLAIMED } };
    }
    if (name === 'party') {
      if (!partyEventSchema.safeParse(data).success) return { ok: false, error: INVALID };
      if (data.action === 'units') return { ok: true, data: { units: UNITS } };
      if (data.action === 'mine') return { ok: true, data: registered ? { registration: PENDING } : NOT_REGISTERED };
      if (data.action === 'register') {
        registered = true;
        return { ok: true, data: { registration: PENDING, created: true } };
      }
    }
    return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
  });
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.showToast = (opts: { title: string; success?: () => void }) => {
    toasts.push(opts.title);
    opts.success?.();
  };
  wx.stopPullDownRefresh = () => undefined;
});

afterAll(() => templates.stop());

test('心愿墙 shows open wishes as the public card names them, and the 圆梦 count', async () => {
  const page = renderPage('packages/wishes/list/index');
  await waitForText(page, '想要一副老花镜');
  expect(textOf(page)).toContain('本社区已圆梦 12 个心愿');
  const card = findWithText(page, '.wish-card', '想要一副老花镜');
  for (const words of ['待认领', '1号楼一位老人', '希望 2026-12-31 前完成']) expect(textOf(card)).toContain(words);
  expect(textOf(findWithText(page, '.wish-card', '课外书'))).toContain('楼栋长代发');
  // A party member has 我认领的 but not the admins' 待审核.
  for (const words of ['许个心愿', '心愿墙', '我的心愿', '我认领的', '已圆梦']) expect(textOf(page)).toContain(words);
  expect(textOf(page)).not.toContain('待审核');
  expect(calls.find((c) => c.name === 'wishes')?.data).toEqual({ action: 'list', tab: 'open' });
});

test('心愿详情: 我来认领 calls wishes.claim, then the claimer sees whom to call and 完成心愿', async () => {
  const page = renderPage('packages/wishes/detail/index', { wishId: 'w-1' });
  await waitForText(page, '想要一副老花镜');
  expect(textOf(page)).toContain('一老（老年人） · 希望 2026-12-31 前完成');
  expect(textOf(page)).toContain('社区 · 审核通过');
  // Before claiming, the card names no one.
  expect(textOf(page)).not.toContain('周桂兰');
  findWithText(page, '.wish-claim', '我来认领').dispatchEvent('tap');
  await waitForText(page, '联系人：周桂兰 13900000001');
  expect(calls.filter((c) => c.data.action === 'claim').map((c) => c.data)).toEqual([
    { action: 'claim', wishId: 'w-1' },
  ]);
  for (const words of ['已认领', '打电话联系', '完成心愿', '大约用了多长时间', '提交完成', '放弃认领', '党员 · 认领'])
    expect(textOf(page)).toContain(words);
  expect(textOf(page)).not.toContain('我来认领');
  expect(toasts).toContain('认领成功');
});

test('在职党员报到: the form lists the units, skills and times; 提交报到 sends the skills tapped', async () => {
  const page = renderPage('packages/party/register/index');
  await waitForText(page, '持单位党组织开具的介绍信到社区报到');
  for (const words of [
    '县财政局',
    '县人民医院',
    '所在党组织',
    '矛盾调解',
    '医疗健康',
    '信息技术',
    '工作日晚上',
    '周六',
  ])
    expect(textOf(page)).toContain(words);
  await tap(findWithText(page, '.choice', '县人民医院'));
  await typeInto(page, page.querySelector('.party-org .nut-input-native'), '县人民医院第二党支部');
  const chosen = () => page.querySelectorAll('.chip--on').map(textOf);
  for (const chip of ['医疗健康', '矛盾调解', '周六']) {
    await tap(findWithText(page, '.chip', chip));
    await waitFor(() => chosen().includes(chip), `${chip} to be chosen`);
  }
  expect(chosen()).toEqual(['矛盾调解', '医疗健康', '周六']);
  await tap(findWithText(page, '.party-submit', '提交报到'));
  await waitForText(page, '报到状态：待审核');
  expect(calls.filter((c) => c.data.action === 'register').map((c) => c.data)).toEqual([
    {
      action: 'register',
      unitId: 'unit-hospital',
      partyOrg: '县人民医院第二党支部',
      skills: ['health', 'mediation'],
      skillsNote: '',
      availableTimes: ['saturday'],
    },
  ]);
  expect(textOf(page)).toContain('特长：医疗健康、矛盾调解');
  expect(textOf(page)).toContain('已提交，社区审核后即报到成功。');
  expect(toasts).toContain('已提交，等待社区审核');
});

test('every node of the rendered wish and party pages has a weapp template', () => {
  expect(templates.found).toEqual([]);
});
