/**
 * user.home: the home screen in one call, through the real `user` function on the local cloud. It
 * must answer what login, points.balance and notices.list would have told the home, within the same
 * scopes (one's own figures; only notices reaching one's home; the first page only).
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { award } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const home = async (openid: string) => data(await cloud.call('user', openid, { action: 'home' }));
const post = async (openid: string, scope: object, title = '停水通知') =>
  data(
    await cloud.call('notices', openid, {
      action: 'post',
      scope,
      kind: 'notice',
      title,
      content: '明天上午 9 点到 12 点停水，请提前储水。',
    }),
  ).notice as { _id: string };

describe('user.home', () => {
  it('answers what login answers, with the name of one’s building', async () => {
    const login = data(await cloud.call('user', 'demo-resident-1', { action: 'login' }));
    const answer = await home('demo-resident-1');
    expect(answer).toMatchObject(login);
    expect(answer.buildingName).toBe('1号楼');
  });

  it('answers the org tree exactly as org.tree does, and only one’s own community’s', async () => {
    const tree = data(await cloud.call('org', 'demo-resident-1', { action: 'tree' }));
    expect((await home('demo-resident-1')).org).toEqual(tree);
    const other = (await home('demo-resident-b')).org;
    expect(other.community._id).not.toBe(tree.community._id);
    expect(JSON.stringify(other)).not.toContain(tree.grids[0]._id);
  });

  it('shows one’s own points as points.balance does, labelled 先锋积分 for a party member', async () => {
    await award(cloud, 'demo-party-1', 7);
    const answer = await home('demo-party-1');
    const balance = data(await cloud.call('points', 'demo-party-1', { action: 'balance' }));
    expect(answer.points).toEqual(balance);
    expect(answer.points).toMatchObject({ balance: 7, lifetime: 7, label: '先锋积分' });
    expect((await home('demo-resident-2')).points).toEqual({ balance: 0, lifetime: 0, label: '积分' });
  });

  it('counts unread notices reaching one’s home only; opening one counts it read', async () => {
    const before = (await home('demo-resident-1')).unreadNotices.count;
    const otherBefore = (await home('demo-resident-3')).unreadNotices.count;
    const first = await post('demo-leader-1', { buildingId: 'b-demo-1-1' });
    await post('demo-admin', { gridId: 'g-demo-1' }, '网格一消杀');
    expect((await home('demo-resident-1')).unreadNotices).toEqual({ count: before + 2, more: false });
    // Another grid's resident sees neither; another community's sees nothing of this one.
    expect((await home('demo-resident-3')).unreadNotices.count).toBe(otherBefore);
    expect((await home('demo-resident-b')).unreadNotices.count).toBe(0);
    data(await cloud.call('notices', 'demo-resident-1', { action: 'get', noticeId: first._id }));
    expect((await home('demo-resident-1')).unreadNotices.count).toBe(before + 1);
  });

  it('counts the first page only: a whole unread page with more behind it says more', async () => {
    for (let i = 0; i < 21; i++) await post('demo-admin', { buildingId: 'b-demo-2-2' }, `通知 ${i}`);
    const list = data(await cloud.call('notices', 'demo-party-3', { action: 'list' }));
    expect((await home('demo-party-3')).unreadNotices).toEqual({ count: list.items.length, more: true });
    data(await cloud.call('notices', 'demo-party-3', { action: 'get', noticeId: list.items[0]._id }));
    expect((await home('demo-party-3')).unreadNotices).toEqual({ count: list.items.length - 1, more: false });
  });

  it('answers a newcomer who joined: no building, no points, only community-wide notices', async () => {
    expect(await cloud.call('user', 'home-newcomer', { action: 'home' })).toMatchObject({
      ok: false,
      error: { reason: 'NOT_JOINED' },
    });
    data(await cloud.call('user', 'home-newcomer', { action: 'join', communityId: 'c-demo' }));
    const answer = await home('home-newcomer');
    expect(answer.user.name).toBe('新居民');
    expect(answer.buildingName).toBe('');
    expect(answer.points.balance).toBe(0);
    expect(await cloud.store.count('users', { openid: 'home-newcomer' })).toBe(1);
  });

  it('refuses a caller with no identity, and any extra field', async () => {
    expect(await cloud.call('user', null, { action: 'home' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await cloud.call('user', 'demo-resident-1', { action: 'home', openid: 'demo-admin' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
  });
});
