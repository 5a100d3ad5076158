/**
 * The demo 在职党员报到 (scripts/demo-party.ts) works through the functions right after `npm start`:
 * 郭主任 sees 县财政局's members and hours, the signed 反馈卡 downloads, 刘党员 waits in 报到审核,
 * and every hours account equals the sum of its entries.
 */
import { startTestCloud, type TestCloud } from '../support/cloud';
import { docxText, download } from '../support/ledger-files';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
const data = (res: any) => {
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.data;
};

beforeAll(async () => {
  cloud = await startTestCloud({ demoParty: true, demoWishes: true, demoActivities: true });
});
afterAll(() => cloud.close());

test('郭主任 sees 县财政局 with its two confirmed members and their hours', async () => {
  const { units } = data(await cloud.call('party', 'demo-unit', { action: 'unit.overview' }));
  expect(units).toEqual([expect.objectContaining({ name: '县财政局' })]);
  const members = data(await cloud.call('party', 'demo-unit', { action: 'unit.members', unitId: units[0]._id }));
  expect(members.items).toHaveLength(2);
  // Each member's figure is the sum of their stored entries; 陈党员's are his 微心愿's (demo-wishes.ts).
  const entries = cloud.store.find('hour_entries', {}) as any[];
  const minutesOf = (userId: string) =>
    entries.filter((e) => e.userId === userId).reduce((s: number, e: any) => s + e.minutes, 0);
  for (const m of members.items) expect(m.totalMinutes).toBe(minutesOf(m.userId));
  const chen = members.items.find((m: any) => m.name === '陈党员');
  expect(chen.totalMinutes).toBeGreaterThan(0);
  // The unit's total is its members' hours: none of a confirmed member's entries is left out of it.
  const memberMinutes = members.items.reduce((s: number, m: any) => s + m.totalMinutes, 0);
  expect(units[0].totalMinutes).toBe(memberMinutes);
  for (const m of members.items)
    for (const e of entries.filter((x) => x.userId === m.userId)) expect(e.unitId).toBe(units[0]._id);
});

test('hours of people with no confirmed registration count for no unit', () => {
  const entries = cloud.store.find('hour_entries', {}) as any[];
  const confirmed = new Set(
    (cloud.store.find('member_registrations', { status: 'confirmed' }) as any[]).map((r) => r.userId),
  );
  const others = entries.filter((e) => !confirmed.has(e.userId));
  expect(others.length).toBeGreaterThan(0); // 刘党员 (pending) and the residents at the past activity
  for (const e of others) expect(e.unitId).toBe('');
});

test('the signed 反馈卡 is listed and downloads as Word; 刘党员 waits in 报到审核', async () => {
  const cards = data(await cloud.call('party', 'demo-unit', { action: 'card.list', unitId: 'unit-demo-czj' })).items;
  expect(cards.map((c: any) => c.memberName)).toEqual(['张党员']);
  const file = data(await cloud.call('party', 'demo-unit', { action: 'card.file', cardId: cards[0]._id }));
  const text = docxText((await download(file.url, 'demo-unit')).bytes);
  expect(text).toContain('3 小时');
  expect(text).toContain('楼道清扫');
  expect(text).toContain('建议在小区门口增设休息座椅'); // 张党员's 建议 of the quarter
  const pending = data(await cloud.call('party', 'demo-admin', { action: 'review.list', status: 'pending' })).items;
  expect(pending.map((r: any) => r.name)).toEqual(['刘党员']);
  const mine = data(await cloud.call('party', 'demo-party-1', { action: 'mine' }));
  expect(mine.progress).toMatchObject({ met: 4, total: 4 });
});

test('every hours account equals the sum of its entries', () => {
  const entries = cloud.store.find('hour_entries', {}) as any[];
  for (const account of cloud.store.find('hour_accounts', {}) as any[]) {
    const mine = entries.filter((e) =>
      account.holder === 'person' ? e.userId === account.holderId : e.unitId === account.holderId,
    );
    expect(account.totalMinutes).toBe(mine.reduce((s, e) => s + e.minutes, 0));
    expect(account.entryCount).toBe(mine.length);
  }
  expect(userIdFor('demo-unit')).toMatch(/^u_/);
});
