/** The demo community's opening points (npm start) obey the ledger's invariants from the first minute. */
import { startTestCloud, data, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoPoints: true });
});
afterAll(() => cloud.close());

describe('demo points seed', () => {
  it('reconciles with no breach', async () => {
    const run = data(await cloud.call('points-timer', null, {}));
    expect(run.report.breaches).toEqual([]);
  });

  it('gives 周奶奶 a balance she can spend in a stocked 爱心超市', async () => {
    expect(data(await cloud.call('points', 'demo-resident-1', { action: 'balance' }))).toMatchObject({
      balance: 120,
      lifetime: 120,
    });
    const items = data(await cloud.call('points', 'demo-resident-1', { action: 'items' })).items;
    expect(items.length).toBeGreaterThanOrEqual(4);
    const soap = items.find((i: { name: string }) => i.name.startsWith('洗衣粉'));
    const { redemption } = data(
      await cloud.call('points', 'demo-resident-1', { action: 'redeem', itemId: soap._id, requestId: 'seedtest1' }),
    );
    expect(redemption.status).toBe('pending');
    expect(data(await cloud.call('points', 'demo-resident-1', { action: 'balance' })).balance).toBe(90);
  });

  it('shows 张党员 his points as 先锋积分', async () => {
    expect(data(await cloud.call('points', 'demo-party-1', { action: 'balance' }))).toMatchObject({
      balance: 30,
      label: '先锋积分',
    });
  });
});
