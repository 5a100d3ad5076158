/**
 * @jest-environment jsdom
 *
 * Smoke test of the points pages in the real mini-program build (dist/weapp, the points
 * subpackage with its QR generator): 我的积分 shows 先锋积分 with both figures and the ledger's
 * reasons, areas and signed amounts; in 爱心超市 a tap on 兑换 goes through React and the confirm
 * sheet to wx.cloud, and the code comes back in big type and as a QR code of views.
 */
import { findWithText, loadApp, renderPage, textOf, waitForText } from './harness';

const calls: { name: string; data: Record<string, unknown> }[] = [];

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
const entry = (id: string, amount: number, kind: string, reason: string, area?: string) => ({
  _id: id,
  amount,
  kind,
  reason,
  balanceAfter: 40,
  at: '2025-01-01T08:00:00.000Z',
  ...(area ? { area } : {}),
});
const REDEMPTION = {
  _id: 'r-1',
  code: '7K3M9QXZ',
  status: 'pending',
  itemId: 'i-1',
  itemName: '洗衣粉一袋',
  cost: 30,
  userName: '张党员',
  createdAt: '2025-01-01T00:00:00.000Z',
  expiresAt: '2025-01-08T00:00:00.000Z',
};

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
    if (name !== 'points') return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
    if (data.action === 'balance') return { ok: true, data: { balance: 40, lifetime: 70, label: '先锋积分' } };
    if (data.action === 'ledger') {
      return {
        ok: true,
        data: {
          items: [
            entry('redeem:r-0', -30, 'spend', '兑换「香皂」'),
            entry('order:o-1:taker', 10, 'earn', '完成服务「陪老人去医院复查」', 'volunteer'),
          ],
          account: { balance: 40, lifetime: 70, label: '先锋积分' },
        },
      };
    }
    if (data.action === 'items') {
      return {
        ok: true,
        data: {
          items: [{ _id: 'i-1', name: '洗衣粉一袋', cost: 30, stock: 5, limitPerPerson: 1 }],
          account: { balance: 40, lifetime: 70, label: '先锋积分' },
        },
      };
    }
    if (data.action === 'redeem') return { ok: true, data: { redemption: REDEMPTION } };
    return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
  });
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.showToast = (opts: { success?: () => void }) => opts.success?.();
  wx.stopPullDownRefresh = () => undefined;
});

afterAll(() => {
  console.warn = realWarn;
});

test('我的积分 (subpackage) shows 先锋积分, both figures, and the ledger with reasons, areas and signs', async () => {
  const page = renderPage('packages/points/mine/index');
  await waitForText(page, '先锋积分');
  for (const words of ['40', '可用积分', '70', '累计积分', '兑换后不清零', '爱心超市', '我的兑换', '红榜'])
    expect(textOf(page)).toContain(words);
  await waitForText(page, '完成服务「陪老人去医院复查」');
  expect(textOf(page)).toContain('志愿服务 · 获得');
  expect(textOf(page)).toContain('+10');
  expect(textOf(page)).toContain('-30');
});

test('爱心超市: 兑换 → confirm → the code in big type and as a QR code of views', async () => {
  const page = renderPage('packages/points/mall/index');
  await waitForText(page, '洗衣粉一袋');
  await waitForText(page, '可用积分 40');
  expect(textOf(page)).toContain('剩 5 件 · 每人限兑 1 件');
  findWithText(page, '.item-redeem', '兑换').dispatchEvent('tap');
  await waitForText(page, '兑换「洗衣粉一袋」？');
  await waitForText(page, '兑换后剩余 10 积分');
  findWithText(page, '.sheet-dialog__confirm', '确认兑换').dispatchEvent('tap');
  await waitForText(page, '7K3M 9QXZ');
  const redeem = calls.find((c) => c.data.action === 'redeem')!.data;
  expect(redeem).toEqual({ action: 'redeem', itemId: 'i-1', requestId: expect.stringMatching(/^[0-9a-f]{24}$/) });
  expect(page.querySelectorAll('.qr-code__row')).toHaveLength(21);
  expect(page.querySelectorAll('.qr-code__run').length).toBeGreaterThan(50);
});

test('every node of the rendered points pages has a weapp template', () => {
  expect(missingTemplates).toEqual([]);
});
