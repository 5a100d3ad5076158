/**
 * One call per user action: 兑换, 取消兑换, 加分 and 冲正 answer the figures (and for 兑换 the item)
 * their pages show, equal to what points.balance and points.items read right after, so no page
 * reads them again.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { addItem, award, balanceOf, rid, uid } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('points', openid, event);

it('兑换 answers the redeemer’s new figures and the item’s new stock; 取消兑换 the figures again', async () => {
  await award(cloud, 'demo-resident-2', 50);
  const item = await addItem(cloud, { cost: 30, stock: 3 });
  const redeemed = data(await call('demo-resident-2', { action: 'redeem', itemId: item._id, requestId: rid() }));
  expect(redeemed.account).toEqual(await balanceOf(cloud, 'demo-resident-2'));
  expect(redeemed.account.balance).toBe(20);
  const shelf = data(await call('demo-resident-2', { action: 'items' })).items;
  expect(redeemed.item).toEqual(shelf.find((i: { _id: string }) => i._id === item._id));
  expect(redeemed.item.stock).toBe(2);

  const cancelled = data(await call('demo-resident-2', { action: 'cancel', redemptionId: redeemed.redemption._id }));
  expect(cancelled.account).toEqual(await balanceOf(cloud, 'demo-resident-2'));
  expect(cancelled.account.balance).toBe(50);
});

it('加分 and 冲正 answer the member’s figures, not the admin’s', async () => {
  const awarded = data(
    await call('demo-admin', {
      action: 'award',
      userId: uid('demo-party-2'),
      amount: 12,
      area: 'volunteer',
      reason: '参加志愿服务',
      requestId: rid(),
    }),
  );
  expect(awarded.account).toEqual(await balanceOf(cloud, 'demo-party-2'));
  expect(awarded.account).toMatchObject({ balance: 12, label: '先锋积分' });
  const reversed = data(await call('demo-admin', { action: 'reverse', entryId: awarded.entry._id, reason: '误加' }));
  expect(reversed.account).toEqual(await balanceOf(cloud, 'demo-party-2'));
  expect(reversed.account.balance).toBe(0);
});
