/**
 * The demo 微心愿 (scripts/demo-wishes.ts) as a newcomer meets them after `npm start`: each person
 * finds them where they should, and the confirmed one's earnings agree with the ledgers.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { uid } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoWishes: true, demoPoints: true });
});
afterAll(() => cloud.close());

const list = async (openid: string, tab: string) =>
  data(await cloud.call('wishes', openid, { action: 'list', tab })) as {
    items: { _id: string; status: string; can: Record<string, boolean> }[];
    dreams: number;
  };
const ids = (page: { items: { _id: string }[] }) => page.items.map((w) => w._id).sort();

test('every state is where its people look for it', async () => {
  expect(ids(await list('demo-admin', 'review'))).toEqual(['w-demo-homework']);
  expect(ids(await list('demo-resident-3', 'open'))).toEqual(['w-demo-video-call', 'w-demo-walker']);
  const wall = await list('demo-party-1', 'open');
  expect(wall.items.every((w) => w.can.claim)).toBe(true);
  expect(ids(await list('demo-party-1', 'claims'))).toEqual(['w-demo-light', 'w-demo-radio']);
  const mine = await list('demo-resident-1', 'mine');
  expect(ids(mine)).toEqual(['w-demo-light', 'w-demo-video-call']);
  expect(mine.items.find((w) => w._id === 'w-demo-light')?.can.confirm).toBe(true);
  expect(ids(await list('demo-leader-1', 'mine'))).toEqual(['w-demo-radio', 'w-demo-walker']);
  const dreams = await list('demo-resident-3', 'dreams');
  expect(ids(dreams)).toEqual(['w-demo-glasses']);
  expect(dreams.dreams).toBe(1);
});

test('the confirmed wish’s points and hours are in the ledgers, balance = Σ entries', async () => {
  const claimer = uid('demo-party-2');
  const entries = cloud.store.find('point_entries', { userId: claimer });
  const [account] = cloud.store.find('point_accounts', { userId: claimer });
  expect(account.balance).toBe(entries.reduce((s, e) => s + (e.amount as number), 0));
  expect(entries.map((e) => e._id)).toContain('wish:w-demo-glasses:claimer');
  const hours = cloud.store.find('hour_entries', { userId: claimer });
  const [hourAccount] = cloud.store.find('hour_accounts', { holderId: claimer });
  expect(hourAccount.totalMinutes).toBe(hours.reduce((s, e) => s + (e.minutes as number), 0));
  // 周奶奶 confirms the light 张党员 fixed: he earns 10 more.
  const before = data(await cloud.call('points', 'demo-party-1', { action: 'balance' })).balance;
  data(await cloud.call('wishes', 'demo-resident-1', { action: 'confirm', wishId: 'w-demo-light' }));
  expect(data(await cloud.call('points', 'demo-party-1', { action: 'balance' })).balance).toBe(before + 10);
  expect((await list('demo-resident-3', 'dreams')).dreams).toBe(2);
});
