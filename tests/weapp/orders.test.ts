/**
 * @jest-environment jsdom
 *
 * Smoke test of the 三单 pages in the real mini-program build (dist/weapp, subpackages included):
 * 我的诉求 lists the orders wx.cloud answers, with their status words; in 抢单大厅 a tap on 抢单 goes
 * through React to wx.cloud, and a lost grab (CONFLICT) shows the function's message and drops the card.
 */
import simulate from 'miniprogram-simulate';
import { findWithText, loadApp, renderPage, textOf, waitForText } from './harness';

const calls: { name: string; data: Record<string, unknown> }[] = [];
const toasts: string[] = [];

const LOGIN = {
  ok: true,
  data: {
    user: { _id: 'u-1', name: '张党员', phone: '13800000004', buildingId: 'b-demo-1-1', room: '501' },
    roles: [
      { role: 'resident', scope: { buildingId: 'b-demo-1-1' } },
      { role: 'party_member', scope: { gridId: 'g-demo-1' } },
    ],
    community: { _id: 'c-demo', name: '示范社区' },
  },
};
const TREE = {
  ok: true,
  data: {
    community: { _id: 'c-demo', name: '示范社区' },
    grids: [{ _id: 'g-demo-1', name: '网格一', buildings: [{ _id: 'b-demo-1-1', name: '1号楼' }] }],
  },
};
const order = (id: string, status: string, content: string) => ({
  _id: id,
  status,
  category: 'elderly',
  content,
  buildingId: 'b-demo-1-1',
  room: '3**',
  contactPhone: '139****0001',
  gridId: 'g-demo-1',
  residentId: 'u-9',
  residentName: '周**',
  photos: [],
  takeBy: '2025-01-01T02:00:00.000Z',
  finishBy: '2025-01-02T00:00:00.000Z',
  overdueLevel: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
});

// A node without a weapp template would silently vanish in WeChat: collect and fail on them.
const missingTemplates: string[] = [];
const realWarn = console.warn;

beforeAll(() => {
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (/Template `[^`]+` not found/.test(text)) missingTemplates.push(text.slice(0, 120));
    else realWarn(...args);
  };
  loadApp((name, data) => {
    calls.push({ name, data });
    if (name === 'user' && data.action === 'login') return LOGIN;
    if (name === 'org' && data.action === 'tree') return TREE;
    if (name === 'orders' && data.action === 'list' && data.view === 'mine') {
      return { ok: true, data: { items: [order('o_a', 'taken', '楼道灯坏了'), order('o_b', 'closed', '帮忙取药')] } };
    }
    if (name === 'orders' && data.action === 'list' && data.view === 'pool') {
      return { ok: true, data: { items: [order('o_c', 'dispatched', '陪老人去医院复查')] } };
    }
    if (name === 'orders' && data.action === 'grab') {
      return { ok: false, error: { code: 'CONFLICT', message: '来晚了，这单已被其他人接走' } };
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

afterAll(() => {
  console.warn = realWarn;
});

test('我的诉求 (a subpackage page) lists my orders with their status words and building names', async () => {
  const page = renderPage('packages/orders/mine/index');
  await waitForText(page, '楼道灯坏了');
  expect(textOf(page)).toContain('办理中');
  expect(textOf(page)).toContain('已办结');
  await waitForText(page, '1号楼 3**室');
  expect(calls.some((c) => c.name === 'orders' && c.data.action === 'list' && c.data.view === 'mine')).toBe(true);
});

test("抢单大厅: a lost grab says so with the function's words and the card goes away", async () => {
  const page = renderPage('packages/tasks/pool/index');
  await waitForText(page, '陪老人去医院复查');
  findWithText(page, '.pool-grab', '抢单').dispatchEvent('tap');
  await waitForText(page, '暂时没有待抢的单子');
  expect(calls.find((c) => c.data.action === 'grab')?.data).toEqual({ action: 'grab', orderId: 'o_c' });
  expect(toasts).toContain('来晚了，这单已被其他人接走');
  await simulate.sleep(10);
});

test('我要点单 renders its form (NutUI TextArea, Input, Picker) with the profile prefilled', async () => {
  const page = renderPage('packages/orders/new/index');
  await waitForText(page, '网格一 · 1号楼');
  for (const words of ['物业服务', '居家养老', '基础设施维护', '矛盾纠纷', '便民服务', '0/500', '提交诉求']) {
    expect(textOf(page)).toContain(words);
  }
});

test('every node of the rendered order pages has a weapp template', () => {
  expect(missingTemplates).toEqual([]);
});
