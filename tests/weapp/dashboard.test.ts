/**
 * @jest-environment jsdom
 *
 * Smoke test of 数据看板 in the real mini-program build (dist/weapp, the admin subpackage that
 * carries uCharts): the three charts are canvas 2d nodes found through createSelectorQuery
 * (fields node + size) and uCharts draws on each node's 2d context at the phone's pixel ratio —
 * the calls are recorded by a stand-in context, since miniprogram-simulate has no canvas — and
 * the tables beside them carry the numbers as text.
 */
import { loadApp, renderPage, textOf, waitForText } from './harness';

const LOGIN = {
  ok: true,
  data: {
    user: { _id: 'u-admin', name: '李书记', phone: '13800000001' },
    roles: [{ role: 'community_admin', scope: { communityId: 'c-demo' } }],
    community: { _id: 'c-demo', name: '示范社区' },
  },
};
const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  percent: denominator ? Math.round((numerator / denominator) * 1000) / 10 : null,
});
const figures = (scale: number) => ({
  orders: 10 * scale,
  cancelled: 0,
  rates: { response: rate(9, 10), resolution: rate(8, 10), satisfaction: rate(7, 8), unrated: rate(2, 10) },
  medianTake: '4 小时内',
  medianDone: '1 天内',
  overdue: 1,
  escalated: 0,
  rectified: 1,
  rectifyConfirmed: 1,
  served: 7,
  byCategory: [
    { key: 'repair', label: '维修', count: 6 * scale },
    { key: 'care', label: '关爱', count: 4 * scale },
  ],
  byKind: [{ key: 'grab', label: '抢单', count: 10 * scale }],
  byPlace: [
    { key: 'g-1', label: '第一网格', count: 7 * scale, resolution: 85.7 },
    { key: 'g-2', label: '第二网格', count: 3 * scale, resolution: null },
  ],
  points: { earned: 50, byArea: [{ key: 'volunteer', label: '志愿服务', count: 50 }], spent: 30, redeemed: 1 },
  civic: {
    meetings: 1,
    meetingsHeld: 1,
    decisions: 2,
    decisionsDone: 1,
    decisionsOnTime: 1,
    notices: 3,
    noticeReadRate: rate(5, 10),
  },
});
const DASHBOARD = {
  communities: [{ _id: 'c-demo', name: '示范社区' }],
  communityId: 'c-demo',
  period: { key: 'm2026-12', label: '2026年12月' },
  previous: { key: 'm2026-11', label: '2026年11月' },
  current: figures(1),
  before: figures(2),
  trend: Array.from({ length: 12 }, (_, i) => ({
    month: `m2026-${String(i + 1).padStart(2, '0')}`,
    label: String(i + 1),
    orders: i + 3,
    resolution: 80,
  })),
};

/** A stand-in canvas 2d node: records every drawing call uCharts makes on its context. */
function canvasNode() {
  const calls: string[] = [];
  const target: Record<string | symbol, unknown> = {};
  const context = new Proxy(target, {
    get(t, key) {
      if (key in t) return t[key];
      return (..._args: unknown[]) => {
        calls.push(String(key));
        return { width: 10, addColorStop: () => undefined };
      };
    },
  });
  return { node: { width: 0, height: 0, getContext: () => context }, calls };
}

const nodes = new Map<string, ReturnType<typeof canvasNode>>();

beforeAll(() => {
  loadApp((name, data) => {
    if (name === 'user' && data.action === 'login') return LOGIN;
    if (name === 'stats' && data.action === 'dashboard') return { ok: true, data: DASHBOARD };
    return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
  });
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.getSystemInfoSync = () => ({ pixelRatio: 3, windowWidth: 390, windowHeight: 844 });
  const layoutQuery = wx.createSelectorQuery as () => Record<string, unknown>;
  // The charts' canvases answer with a node and a size; everything else as the harness does.
  wx.createSelectorQuery = () => {
    const layout = layoutQuery();
    let chart = '';
    const query: Record<string, unknown> = {
      ...layout,
      in: () => query,
      select: (selector: string) => {
        if (!selector.startsWith('#chart-')) return (layout.select as (s: string) => unknown)(selector);
        chart = selector.slice(1);
        return { fields: () => query };
      },
      exec: (cb: (r: unknown[]) => void) => {
        if (!chart) return (layout.exec as (c: typeof cb) => unknown)(cb);
        if (!nodes.has(chart)) nodes.set(chart, canvasNode());
        cb([{ node: nodes.get(chart)!.node, width: 330, height: 220 }]);
      },
    };
    return query;
  };
});

test('数据看板 draws its three charts on canvas 2d nodes with uCharts, numbers beside them', async () => {
  const page = renderPage('packages/admin/stats/index');
  await waitForText(page, '近 12 个月诉求件数');
  const canvases = page.querySelectorAll('.uchart');
  expect(canvases).toHaveLength(3);
  // Each canvas's node in the page data asks WeChat for a canvas 2d (the base template's `type`).
  const data = JSON.stringify((page as unknown as { instance: { data: unknown } }).instance.data);
  expect(data.match(/"cl":"[^"]*uchart[^"]*"/g)).toHaveLength(3);
  expect(data.match(/"p2":"2d"/g)).toHaveLength(3);
  const start = Date.now();
  while (nodes.size < 3 || [...nodes.values()].some((n) => n.calls.length === 0)) {
    if (Date.now() - start > 3000) throw new Error(`charts drawn: ${[...nodes.keys()].join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  expect([...nodes.keys()].sort()).toEqual(['chart-category', 'chart-place', 'chart-trend']);
  for (const { node, calls } of nodes.values()) {
    // Sized in device pixels (330 × 220 CSS px at pixel ratio 3), then drawn on.
    expect([node.width, node.height]).toEqual([990, 660]);
    expect(calls).toContain('fillText');
    expect(calls.filter((c) => c === 'fill' || c === 'fillRect').length).toBeGreaterThan(0);
  }
  // The ring is arcs; the columns are paths.
  expect(nodes.get('chart-category')!.calls).toContain('arc');
  for (const words of ['2026年12月', '第一网格', '85.7%', '维修', '60%']) expect(textOf(page)).toContain(words);
});
