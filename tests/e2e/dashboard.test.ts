/**
 * 数据看板 in a phone browser on the H5 build against the local cloud, with the demo's six months
 * of orders: 李书记 opens it from the 工作台 and sees the three rates as the function computes them
 * (with their definitions), the trend and the splits; switching to 年 shows the year; 赵主任
 * (街道管理员) sees 合计 and each of his two communities. Screenshots: dashboard-01… to dashboard-03….
 */
import { resolve } from 'node:path';
import { data, startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, shown as shownOn } from './support/h5';

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
const settle = () => phone.page.waitForTimeout(600);

test('李书记 opens 数据看板: the rates the function computes, with their definitions, and the charts', async () => {
  const month = data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'month' }));
  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '数据看板', '**/packages/admin/stats/index');
  const response = shown('.rate-card[data-rate="response"]');
  await response.waitFor();
  const expected = month.current.rates.response.percent;
  expect(await response.locator('.rate-card__value').innerText()).toBe(expected === null ? '暂无' : `${expected}%`);
  expect(await shown('.rate-definitions').innerText()).toContain('在接单时限内接单');
  expect(await shown('.trend').locator('.trend__col').count()).toBe(12);
  await shown('.hbars').first().waitFor();
  await settle();
  await phone.shot('dashboard-01-admin-month');
  await shown('.trend').scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('dashboard-01-admin-month-charts');
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
  await shown('.hbars__label').filter({ hasText: '第一网格' }).waitFor();
  await settle();
  await phone.shot('dashboard-03-street-other');
});
