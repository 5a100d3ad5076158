/**
 * @jest-environment jsdom
 *
 * One call per screen, one call per user action, counted at the ONE place the client calls the cloud
 * (src/services/cloud.ts callCloud): the home loads with one call; an action on an order, a meeting
 * or the shelf makes one call and its answer is what the page then shows, with nothing fetched again.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import HomePage from '../../src/pages/home/index';
import OrderDetailPage from '../../src/packages/orders/detail/index';
import MeetingDetailPage from '../../src/packages/meetings/detail/index';
import MallPage from '../../src/packages/points/mall/index';
import NoticeFollowPage from '../../src/packages/notices/follow/index';
import ProxyOrderPage from '../../src/packages/orders/proxy/index';
import { callCloud } from '../../src/services/cloud';
import { orgTree, resetAll, session } from '../../src/features/session';
import type { Envelope } from '../../types/envelope';
import type { OrderView } from '../../types/orders';
import type { MeetingDetail } from '../../types/meetings';
import { resetTaroStub } from './stubs/taro';

// The page's route (?id=…), set by each test before it renders.
const mockRoute = { params: {} as Record<string, string> };
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  ...jest.requireActual('./stubs/taro'),
  useRouter: () => mockRoute,
}));
jest.mock('@tarojs/components', () => jest.requireActual('./stubs/components'));
jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));
jest.mock('../../src/services/cloud');

const cloud = jest.mocked(callCloud);
type Answer = (data: Record<string, unknown>) => Envelope<unknown>;
/** The cloud calls made, as "function.action". */
const calls = () => cloud.mock.calls.map(([name, data]) => `${name}.${(data as { action: string }).action}`);

function answering(answers: Record<string, Answer>) {
  cloud.mockImplementation(async (name: string, data: object) => {
    const key = `${name}.${(data as { action: string }).action}`;
    const answer = answers[key];
    if (!answer) return { ok: false, error: { code: 'NOT_FOUND', message: `测试未准备 ${key}` } };
    return answer(data as Record<string, unknown>) as Envelope<never>;
  });
}

const ME = {
  user: { _id: 'u-1', name: '周奶奶', phone: '13900000001', buildingId: 'b-1', room: '302' },
  roles: [{ role: 'resident' as const, scope: { buildingId: 'b-1' } }],
  community: { _id: 'c-demo', name: '示范社区' },
};
const TREE = {
  community: { _id: 'c-demo', name: '示范社区' },
  grids: [{ _id: 'g-1', name: '网格一', buildings: [{ _id: 'b-1', name: '1号楼' }] }],
};
const entry = (action: string, actorName: string) => ({
  at: '2025-01-01T01:00:00.000Z',
  actorId: 'u-1',
  actorName,
  actorRole: '居民',
  action,
});
const ORDER: OrderView = {
  _id: 'o-1',
  status: 'submitted',
  category: 'elderly',
  content: '家里水管漏水',
  buildingId: 'b-1',
  room: '302',
  contactPhone: '13900000001',
  gridId: 'g-1',
  residentId: 'u-1',
  residentName: '周奶奶',
  filedById: 'u-1',
  photos: [],
  takeBy: '2025-01-01T02:00:00.000Z',
  finishBy: '2025-01-02T00:00:00.000Z',
  overdueLevel: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
  timeline: [entry('submit', '周奶奶')],
} as OrderView;

beforeEach(() => {
  resetTaroStub();
  resetAll();
  cloud.mockReset();
});

test('the home screen loads with ONE call, user.home, and shows all it answers', async () => {
  answering({
    'user.home': () => ({
      ok: true,
      data: {
        ...ME,
        buildingName: '1号楼',
        points: { balance: 122, lifetime: 150, label: '积分' },
        unreadNotices: { count: 20, more: true },
        org: TREE,
      },
    }),
  });
  render(<HomePage />);
  await screen.findByText('周奶奶，您好');
  expect(screen.getByText(/示范社区 · 1号楼 302室/)).toBeTruthy();
  expect(screen.getByText('122')).toBeTruthy();
  expect(screen.getByText('20+')).toBeTruthy();
  await act(() => new Promise((r) => setTimeout(r, 50))); // anything late would be counted too
  expect(calls()).toEqual(['user.home']);
  // Its login part is the shared session: the pages opened from the home need no user.login.
  expect(session.get().data).toEqual(ME);
  // Nor org.tree: its tree is the shared one.
  expect(orgTree.get().data).toEqual(TREE);
});

test('after the home, an order page is ONE call: the org tree came with user.home', async () => {
  answering({
    'user.home': () => ({
      ok: true,
      data: {
        ...ME,
        buildingName: '1号楼',
        points: { balance: 0, lifetime: 0, label: '积分' },
        unreadNotices: { count: 0, more: false },
        org: TREE,
      },
    }),
    'orders.get': () => ({ ok: true, data: { order: ORDER } }),
  });
  const home = render(<HomePage />);
  await screen.findByText('周奶奶，您好');
  home.unmount();
  mockRoute.params = { id: 'o-1' };
  render(<OrderDetailPage />);
  await screen.findByText('撤销诉求');
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(calls()).toEqual(['user.home', 'orders.get']);
});

test('an order action is ONE call; its answer (timeline included) is what the page then shows', async () => {
  session.set(ME);
  orgTree.set(TREE);
  mockRoute.params = { id: 'o-1' };
  answering({
    'orders.get': () => ({ ok: true, data: { order: ORDER } }),
    'orders.cancel': () => ({
      ok: true,
      data: {
        order: { ...ORDER, status: 'cancelled', timeline: [...ORDER.timeline!, entry('cancel', '周奶奶撤销')] },
      },
    }),
  });
  render(<OrderDetailPage />);
  await screen.findByText('撤销诉求');
  expect(calls()).toEqual(['orders.get']);
  fireEvent.click(screen.getByText('撤销诉求'));
  fireEvent.click(screen.getByText('确认撤销'));
  await screen.findByText(/周奶奶撤销/);
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(calls()).toEqual(['orders.get', 'orders.cancel']);
});

const MEETING: MeetingDetail = {
  meeting: {
    _id: 'm-1',
    type: 'five_step',
    typeLabel: '五步议事法',
    title: '小区停车难怎么办',
    // Started five minutes ago: its sign-in is open.
    startsAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    place: '社区议事厅',
    hostName: '王书记',
    step: 'deliberate',
    stepLabel: '协商议事',
    steps: [
      { step: 'collect', label: '议题征集' },
      { step: 'review', label: '议题审议' },
      { step: 'deliberate', label: '协商议事' },
      { step: 'publish', label: '公布决策' },
      { step: 'implement', label: '议题落实' },
    ],
    createdAt: '2025-01-01T00:00:00.000Z',
  },
  topics: [],
  decisions: [],
  attendees: [],
  attendeeCount: 0,
};

test('a meeting action (签到) is ONE call; the meeting its answer carries is shown, not fetched', async () => {
  session.set(ME);
  mockRoute.params = { id: 'm-1' };
  answering({
    'meetings.get': () => ({ ok: true, data: MEETING }),
    'meetings.attend': () => ({
      ok: true,
      data: {
        attended: true,
        points: 5,
        at: '2025-01-01T00:00:00.000Z',
        detail: {
          ...MEETING,
          attendees: [{ userId: 'u-1', name: '周奶奶', at: '2025-01-01T00:00:00.000Z' }],
          attendeeCount: 1,
        },
      },
    }),
  });
  render(<MeetingDetailPage />);
  await screen.findByText('已签到 0 人');
  fireEvent.click(screen.getByText('输入签到码签到'));
  fireEvent.change(screen.getByPlaceholderText('例如 K7M3QX'), { target: { value: 'k7m 3qx' } });
  fireEvent.click(screen.getAllByText('签到').pop()!);
  await screen.findByText('已签到 1 人');
  expect(cloud.mock.calls[1][1]).toMatchObject({ action: 'attend', meetingId: 'm-1', code: 'K7M3QX' });
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(calls()).toEqual(['meetings.get', 'meetings.attend']);
});

test('兑换 is ONE call; the new balance and stock come with its answer', async () => {
  const item = { _id: 'i-1', name: '洗衣粉一袋', cost: 30, stock: 5, limitPerPerson: 1 };
  answering({
    'points.items': () => ({
      ok: true,
      data: { items: [item], account: { balance: 50, lifetime: 120, label: '积分' } },
    }),
    'points.redeem': () => ({
      ok: true,
      data: {
        redemption: {
          _id: 'r-1',
          code: '7K3M9QXZ',
          status: 'pending',
          itemId: 'i-1',
          itemName: '洗衣粉一袋',
          cost: 30,
          userName: '周奶奶',
          createdAt: '2025-01-01T00:00:00.000Z',
          expiresAt: '2025-01-08T00:00:00.000Z',
        },
        account: { balance: 20, lifetime: 120, label: '积分' },
        item: { ...item, stock: 4 },
      },
    }),
  });
  render(<MallPage />);
  await screen.findByText('洗衣粉一袋');
  await screen.findByText('50');
  // The shelf is one call and carries one's figures: no points.balance.
  expect(calls()).toEqual(['points.items']);
  const before = calls().length;
  fireEvent.click(screen.getByText('兑换'));
  fireEvent.click(screen.getByText('确认兑换'));
  await screen.findByText('兑换成功：洗衣粉一袋');
  await waitFor(() => expect(screen.getByText('剩 4 件 · 每人限兑 1 件')).toBeTruthy());
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(calls().slice(before)).toEqual(['points.redeem']);
});

test('阅读情况 loads with ONE call, notices.follow; more households and the 已读 tab are notices.readers pages', async () => {
  session.set(ME);
  mockRoute.params = { noticeId: 'n-1' };
  const notice = {
    _id: 'n-1',
    kind: 'signup' as const,
    scope: { kind: 'building' as const, id: 'b-1', label: '1号楼' },
    title: '周六义剪报名',
    content: '周六上午社区义剪，请报名。',
    posterId: 'u-9',
    posterName: '孙楼长',
    createdAt: '2025-01-01T00:00:00.000Z',
    capacity: 10,
    signupCount: 1,
    photos: [],
    unread: false,
    signedUp: false,
  };
  const home = (room: string, readAt?: string) => ({
    _id: `n-1_b-1_${room}`,
    buildingName: '1号楼',
    room,
    members: 1,
    ...(readAt ? { readAt } : {}),
  });
  const counts = { read: 1, unread: 2 };
  answering({
    'notices.follow': () => ({
      ok: true,
      data: {
        notice,
        readers: { items: [home('302')], nextCursor: 'n-1_b-1_302', counts },
        signups: { items: [{ userId: 'u-2', name: '吴大爷', note: '两人', at: '2025-01-01T01:00:00.000Z' }] },
      },
    }),
    'notices.readers': (e) =>
      e.tab === 'read'
        ? { ok: true, data: { items: [home('301', '2025-01-01T02:00:00.000Z')], counts } }
        : { ok: true, data: { items: [home('402')], counts } },
  });
  render(<NoticeFollowPage />);
  await screen.findByText('周六义剪报名');
  expect(screen.getByText('未读 2 户')).toBeTruthy();
  expect(screen.getByText('1号楼 302室')).toBeTruthy();
  expect(screen.getByText('1. 吴大爷')).toBeTruthy();
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(calls()).toEqual(['notices.follow']);

  fireEvent.click(screen.getByText('加载更多'));
  await screen.findByText('1号楼 402室');
  expect(screen.getByText('1号楼 302室')).toBeTruthy();
  expect(cloud.mock.calls[1][1]).toEqual({ action: 'readers', noticeId: 'n-1', tab: 'unread', cursor: 'n-1_b-1_302' });

  fireEvent.click(screen.getByText('已读 1 户'));
  await screen.findByText('1号楼 301室');
  expect(calls()).toEqual(['notices.follow', 'notices.readers', 'notices.readers']);
  expect(cloud.mock.calls[2][1]).toEqual({ action: 'readers', noticeId: 'n-1', tab: 'read' });
});

test('代办 opens with ONE call, orders.households of the leader’s building; filing is ONE call, orders.submit for the resident', async () => {
  const LEADER = {
    ...ME,
    user: { ...ME.user, _id: 'u-leader', name: '孙楼长', room: '101' },
    roles: [{ role: 'building_leader' as const, scope: { buildingId: 'b-1' } }],
  };
  session.set(LEADER);
  orgTree.set(TREE);
  answering({
    'orders.households': (data) => ({
      ok: true,
      data: data.buildingId === 'b-1' ? { items: [{ userId: 'u-wu', name: '吴大爷', room: '402' }] } : { items: [] },
    }),
    'orders.submit': (data) => ({
      ok: true,
      data: { order: { ...ORDER, residentId: String(data.onBehalfOf), residentName: '吴大爷', proxyName: '孙楼长' } },
    }),
  });
  render(<ProxyOrderPage />);
  fireEvent.click(await screen.findByText('吴大爷'));
  await screen.findByText('为 吴大爷（1号楼 402室）代办');
  expect(calls()).toEqual(['orders.households']);
  fireEvent.click(screen.getByText('居家养老'));
  fireEvent.input(screen.getByPlaceholderText('例如：家里水管漏水，请帮忙找人修理'), { target: { value: '帮忙买菜' } });
  fireEvent.click(screen.getByText('提交诉求'));
  await waitFor(() => expect(calls()).toEqual(['orders.households', 'orders.submit']));
  const submitted = cloud.mock.calls[1][1] as Record<string, unknown>;
  // The resident's registered home decides: the form sends whom, never a building or room.
  expect(submitted).toMatchObject({ action: 'submit', onBehalfOf: 'u-wu', category: 'elderly', content: '帮忙买菜' });
  expect(submitted).not.toHaveProperty('buildingId');
  expect(submitted).not.toHaveProperty('room');
});
