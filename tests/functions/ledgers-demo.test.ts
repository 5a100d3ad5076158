/**
 * The demo `npm start` seeds (orders with six months of history, points, meetings) gives every
 * 台账 rows to show: a newcomer's first export is not an empty sheet.
 */
import { data, startTestCloud, type TestCloud } from '../support/cloud';
import { chinaMonth } from '../support/ledger-files';

jest.setTimeout(90_000);

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoOrders: true, demoHistory: true, demoPoints: true, demoMeetings: true });
});
afterAll(() => cloud.close());

const lastMonth = () => chinaMonth(new Date(Date.now() - 31 * 86_400_000));

test.each([
  ['orders', 'this month', chinaMonth],
  ['orders', 'last month', lastMonth],
  ['points', 'this month', chinaMonth],
  ['meetings', 'this month', chinaMonth],
])('the demo’s %s ledger has rows for %s', async (action, _when, period) => {
  const file = data(await cloud.call('ledgers', 'demo-admin', { action, period: period() }));
  expect(file.rows).toBeGreaterThan(0);
});
