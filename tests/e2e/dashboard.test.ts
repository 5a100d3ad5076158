/**
 * 数据看板 in a phone browser on the H5 build against the local cloud, with the demo's six months
 * of orders: 李书记 opens it from the 工作台 and sees the three rates as the function computes them
 * (with their definitions), the trend and the splits — three uCharts canvases that were really
 * drawn (their pixels read back: not blank, more than one colour) with their numbers as tables
 * beside them; switching to 年 shows the year; 赵主任 (街道管理员) sees 合计 and each of his two
 * communities. Screenshots (390×844): dashboard-01… to dashboard-03….
 */
import { resolve } from 'node:path';
import { data, startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, shown as shownOn } from './support/h5';
import { monthText } from '../../src/features/stats/charts';
import type { Dashboard } from '../../types/stats';

const H5_DIR = resolve(__dirname, '../../dist/h5');

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR, demoOrders: true, demoHistory: true });
  // as `npm start` does: fill the counters from the seeded history
  data(await cloud.call('stats-timer', null, { action: 'rebuild' }));
  phone = await openPhone();
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);

/**
 * What a chart's canvas holds: its size in device pixels, how many pixels are not white, and how
 * many distinct colours (an axis alone is one grey; bars add the chart's red).
 */
async function canvasInk(id: string) {
  const canvas = phone.page.locator(`#${id} canvas`);
  await canvas.waitFor();
  return canvas.evaluate((el: HTMLCanvasElement) => {
    const ctx = el.getContext('2d');
    const { data } = ctx!.getImageData(0, 0, el.width, el.height);
    let inked = 0;
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0 || (data[i] > 245 && data[i + 1] > 245 && data[i + 2] > 245)) continue;
      inked++;
      colours.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
    }
    return { width: el.width, height: el.height, inked, colours: colours.size };
  });
}

/** Waits until the chart has been drawn (uCharts draws after layout), then reads it. */
async function drawnChart(id: string) {
  await phone.page.waitForFunction((sel) => {
    const el = document.querySelector(sel) as HTMLCanvasElement | null;
    if (!el || el.width === 0) return false;
    const px = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
    for (let i = 0; i < px.length; i += 4) if (px[i + 3] !== 0 && px[i] < 200) return true;
    return false;
  }, `#${id} canvas`);
  return canvasInk(id);
}

/** The rows of the table beside a chart, as text cells. */
const tableRows = (chart: string) =>
  phone.page
    .locator(`.stats-chart[data-chart="${chart}"] .chart-table__row:not(.chart-table__head)`)
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c as HTMLElement).innerText.trim())));
const settle = () => phone.page.waitForTimeout(600);

test('李书记 opens 数据看板: the rates the function computes, with their definitions, and the charts', async () => {
  const month = data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'month' })) as Dashboard;
  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '数据看板', '**/packages/admin/stats/index');
  const response = shown('.rate-card[data-rate="response"]');
  await response.waitFor();
  const expected = month.current.rates.response.percent;
  expect(await response.locator('.rate-card__value').innerText()).toBe(expected === null ? '暂无' : `${expected}%`);
  expect(await shown('.rate-definitions').innerText()).toContain('在接单时限内接单');
  // Each chart drawn at the phone's 2× pixel ratio, with ink of more than one colour.
  for (const id of ['chart-trend', 'chart-category', 'chart-place']) {
    const ink = await drawnChart(id);
    expect(ink.width).toBeGreaterThanOrEqual(2 * 300);
    expect(ink.inked).toBeGreaterThan(500);
    expect(ink.colours).toBeGreaterThan(2);
  }
  // The numbers beside the charts are the function's.
  expect(await tableRows('chart-trend')).toEqual(
    month.trend.map((m) => [
      monthText(m.month, m.label),
      String(m.orders),
      m.resolution === null ? '—' : `${m.resolution}%`,
    ]),
  );
  const categories = month.current.byCategory.filter((c) => c.count > 0);
  expect((await tableRows('chart-category')).map((r) => r.slice(0, 2))).toEqual(
    categories.map((c) => [c.label, String(c.count)]),
  );
  expect((await tableRows('chart-place')).map((r) => r.slice(0, 2))).toEqual(
    month.current.byPlace.map((p) => [p.label, String(p.count)]),
  );
  await shown('.hbars').first().waitFor();
  await settle();
  await phone.shot('dashboard-01-admin-month');
  await shown('.stats-chart[data-chart="chart-trend"]').scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('dashboard-01-admin-month-charts');
  await shown('.stats-chart[data-chart="chart-category"]').scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('dashboard-01-admin-month-categories');
  await shown('.stats-chart[data-chart="chart-place"]').scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('dashboard-01-admin-month-grids');
  await shown('.page-tabs .nut-tabs-titles-item').filter({ hasText: '年' }).first().click();
  await phone.page.locator('.stats-body[data-period^="y"]').waitFor();
  const year = data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'year' }));
  const satisfaction = shown('.rate-card[data-rate="satisfaction"] .rate-card__value');
  expect(await satisfaction.innerText()).toBe(`${year.current.rates.satisfaction.percent}%`);
  expect(await shown('.stat-number__value').first().innerText()).toBe(String(year.current.orders));
  await settle();
  await phone.shot('dashboard-02-admin-year');
});

test('赵主任 (街道管理员) sees 合计 and each of his communities', async () => {
  await actAs(phone.page, cloud.url, 'demo-street');
  await openTile(phone.page, '数据看板', '**/packages/admin/stats/index');
  await shown('.rate-card').first().waitFor();
  const tabs = shown('.page-tabs').nth(1);
  await tabs.getByText('合计').waitFor();
  await tabs.getByText('另一社区').click();
  await shown('.stats-section__title').filter({ hasText: '按网格' }).waitFor();
  await shown('.chart-table__cell').filter({ hasText: '第一网格' }).first().waitFor();
  await drawnChart('chart-place');
  await shown('.stats-chart[data-chart="chart-place"]').scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('dashboard-03-street-other');
});
