/**
 * @jest-environment jsdom
 *
 * Smoke test of the real mini-program build: the 工作台 page of dist/weapp renders in
 * miniprogram-simulate, asks the cloud for the whole screen in ONE call (user.home), shows the
 * person, and a tap goes
 * through React to setData. Needs the build: `npx taro build --type weapp` first (the e2e
 * globalSetup builds it; run with `npm run test:e2e`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import simulate from 'miniprogram-simulate';
import { DIST, findWithText, loadApp, renderPage, textOf, waitForText } from './harness';

const calls: { name: string; data: Record<string, unknown> }[] = [];

const LOGIN = {
  ok: true,
  data: {
    user: { _id: 'u-1', name: '周奶奶', phone: '13900000001', buildingId: 'b-demo-1-1', room: '302' },
    roles: [{ role: 'resident', scope: { buildingId: 'b-demo-1-1' } }],
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

// A page's module runs once per process (webpack marks its chunk installed), so the page is
// rendered once and the tests go through it in order.
let page: ReturnType<typeof renderPage>;

// A wxml template missing from base.wxml means a node WeChat would silently drop (e.g. NutUI's
// <div>/<i> without @tarojs/plugin-html): collect those warnings and fail on them.
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
    if (name === 'user' && data.action === 'home') {
      return {
        ok: true,
        data: {
          ...LOGIN.data,
          buildingName: '1号楼',
          points: { balance: 122, lifetime: 150, label: '积分' },
          unreadNotices: { count: 0, more: false },
          org: TREE.data,
        },
      };
    }
    if (name === 'user' && data.action === 'login') return LOGIN;
    if (name === 'org' && data.action === 'tree') return TREE;
    return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
  });
  page = renderPage('pages/home/index');
});

afterAll(() => {
  console.warn = realWarn;
});

test('the built 工作台 renders the signed-in resident with 一键发单 and her tiles', async () => {
  await waitForText(page, '周奶奶，您好');
  await waitForText(page, '1号楼');
  expect(textOf(page)).toContain('一键发单');
  expect(textOf(page)).toContain('我要点单');
});

test('the greeting card shows her points, and the whole screen came from ONE call', async () => {
  await waitForText(page, '我的积分 122');
  expect(calls.map((c) => `${c.name}.${String(c.data.action)}`)).toEqual(['user.home']);
});

test('a tap on a tile goes through React to wx.navigateTo with its page', async () => {
  await waitForText(page, '楼栋通知');
  const opened: string[] = [];
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.navigateTo = (opts: { url: string; success?: () => void }) => {
    opened.push(opts.url);
    opts.success?.();
  };
  findWithText(page, '.tile', '楼栋通知').dispatchEvent('tap');
  await simulate.sleep(50);
  expect(opened.some((url) => url.includes('packages/notices/list/index'))).toBe(true);
});

test('on 我的 a tap reveals the phone number through React and setData', async () => {
  const mine = renderPage('pages/mine/index');
  await waitForText(mine, '139****0001');
  findWithText(mine, '.mine-cell', '手机号').dispatchEvent('tap');
  await waitForText(mine, '13900000001');
  expect(textOf(mine)).toContain('居民（1号楼）');
});

test('the subpackage pages render too: profile form and 组织架构', async () => {
  const edit = renderPage('packages/profile/edit/index');
  await waitForText(edit, '网格一 · 1号楼');
  expect(textOf(edit)).toContain('保存');
  const org = renderPage('packages/admin/org/index');
  await waitForText(org, '1 个网格 · 1 栋楼');
});

test('every node of the rendered pages has a weapp template', () => {
  expect(missingTemplates).toEqual([]);
});

test('长辈模式 sizes reach WeChat as real px, not rpx (≥ 23.8 px body, ≥ 48 px taps)', () => {
  const wxss = readFileSync(join(DIST, 'app-origin.wxss'), 'utf8');
  const elder = /\.fs-24\{([^}]*)\}/.exec(wxss)?.[1] ?? '';
  expect(elder).toContain('--fs-body:24px');
  expect(elder).toContain('--tap:56px');
});
