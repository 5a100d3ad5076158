/**
 * 台账导出 in a phone browser on the H5 build against the local cloud (issue 13): 李书记 opens
 * 台账导出 from the 工作台, exports this month's 三单台账 with one tap, and the downloaded workbook
 * (read back with exceljs) holds exactly this month's orders, with phones masked. Screenshots:
 * ledgers-01… and ledgers-02….
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { data, startTestCloud } from '../support/cloud';
import { chinaMonth, readWorkbook, sheetRows } from '../support/ledger-files';
import { fileOrder } from '../support/orders';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, shown as shownOn } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR, demoOrders: true });
  phone = await openPhone();
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);

/** Every order of the community as the admin's 全部诉求 lists them (paged), filed in `month`. */
async function ordersOf(month: string): Promise<{ residentName: string; createdAt: string }[]> {
  const out: { residentName: string; createdAt: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = data(
      await cloud.call('orders', 'demo-admin', { action: 'list', view: 'community', ...(cursor ? { cursor } : {}) }),
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out.filter((o) => chinaMonth(new Date(o.createdAt)) === month);
}

test('李书记 exports this month’s 三单台账 with one tap; the workbook holds this month’s orders', async () => {
  await fileOrder(cloud, 'demo-resident-3', { category: 'property', content: '电梯异响' });
  const month = chinaMonth();
  const expected = await ordersOf(month);
  expect(expected.length).toBeGreaterThan(0);

  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '台账导出', '**/packages/admin/ledgers/index');
  await shown('.ledger-export--orders').waitFor();
  await phone.page.waitForTimeout(400);
  await phone.shot('ledgers-01-page');

  const [download] = await Promise.all([
    phone.page.waitForEvent('download'),
    shown('.nut-button.ledger-export--orders').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^三单台账-示范社区-全部网格-\d{4}年\d{1,2}月\.xlsx$/);
  const file = await download.path();
  const rows = sheetRows((await readWorkbook(readFileSync(file))).worksheets[0]);
  expect(rows[0][0]).toMatch(/^示范社区三单台账（/);
  const body = rows.slice(3, -1);
  expect(body.length).toBe(expected.length);
  expect(body.map((r) => r[6]).sort()).toEqual(expected.map((o) => o.residentName).sort());
  expect(rows[rows.length - 1].slice(0, 2)).toEqual(['合计', `共 ${expected.length} 件`]);
  expect(rows.flat().join('|')).not.toMatch(/1[3-9]\d{9}/); // phones masked

  const done = shown('.ledger-done');
  await done.getByText(`共 ${expected.length} 条记录`).waitFor();
  await done.scrollIntoViewIfNeeded();
  await phone.page.waitForTimeout(300);
  await phone.shot('ledgers-02-exported');
});

test('a resident has no 台账导出 tile, and the page refuses them in Chinese', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await phone.page.getByText('周奶奶，您好').waitFor();
  expect(await shown('.tile').filter({ hasText: '台账导出' }).count()).toBe(0);
  await phone.page.goto(cloud.url + '/packages/admin/ledgers/index');
  await shownOn(phone.page, 'text=/可以导出台账/').first().waitFor();
  expect(await shown('.ledger-export').count()).toBe(0);
  await phone.shot('ledgers-03-refused');
});

test('赵主任 (街道管理员) picks one of their communities; the page says names are masked', async () => {
  await actAs(phone.page, cloud.url, 'demo-street');
  await openTile(phone.page, '台账导出', '**/packages/admin/ledgers/index');
  await shown('.chip').filter({ hasText: '示范社区' }).click();
  await shown('.chip--on').filter({ hasText: '示范社区' }).waitFor();
  await shown('.chip').filter({ hasText: '网格二' }).waitFor();
  await phone.page.getByText('居民姓名、房号和电话均已脱敏').first().waitFor();
  await phone.page.waitForTimeout(300);
  await phone.shot('ledgers-04-street');
});
