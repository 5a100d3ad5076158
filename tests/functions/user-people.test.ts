/**
 * 人员管理 (issue 11 point 2): an admin finds a person by name, by its pinyin or by its initials,
 * 20 a page, through the indexed `searchKeys` (strict index mode: a scan would be refused).
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const search = async (q: string, cursor?: string, openid = 'demo-admin') =>
  data(await cloud.call('user', openid, { action: 'members.list', q, ...(cursor ? { cursor } : {}) }));
const names = (page: { items: { name: string }[] }) => page.items.map((m) => m.name);

describe('members.list with q', () => {
  it.each([
    ['the name', '周奶奶'],
    ['the first character', '周'],
    ['the initials', 'znn'],
    ['the initials in capitals', 'ZN'],
    ['the pinyin', 'zhounai'],
  ])('finds 周奶奶 by %s', async (_label, q) => {
    expect(names(await search(q))).toContain('周奶奶');
  });

  it('finds only matching people of the admin’s own community, with their 认证 status', async () => {
    const page = await search('h');
    expect(names(page)).toEqual(expect.arrayContaining(['黄阿姨']));
    expect(names(page)).not.toContain('何书记'); // 另一社区
    expect(names(page)).not.toContain('周奶奶');
    const huang = page.items.find((m: { name: string }) => m.name === '黄阿姨');
    expect(huang.addressStatus).toBe('pending');
    expect(names(await search('hsj', undefined, 'demo-admin-b'))).toEqual(['何书记']);
  });

  it('follows a rename: the old name no longer finds them, the new one does', async () => {
    data(
      await cloud.call('user', 'demo-resident-3', {
        action: 'profile.update',
        name: '郑秀兰',
        phone: '13800000010',
        buildingId: 'b-demo-2-1',
        room: '202',
      }),
    );
    expect(names(await search('zxl'))).toContain('郑秀兰');
    expect(names(await search('zay'))).not.toContain('郑秀兰');
  });

  it('pages 20 at a time without repeats', async () => {
    for (let i = 0; i < 23; i++) {
      const openid = `page-person-${i}`;
      data(await cloud.call('user', openid, { action: 'join', communityId: 'c-demo' }));
      data(
        await cloud.call('user', openid, {
          action: 'profile.update',
          name: `测试${i}`,
          phone: '13900000000',
          buildingId: 'b-demo-2-2',
          room: String(100 + i),
        }),
      );
    }
    const first = await search('cs');
    expect(first.items).toHaveLength(20);
    const second = await search('cs', first.nextCursor);
    expect(second.nextCursor).toBeUndefined();
    const ids = [...first.items, ...second.items].map((m: { _id: string }) => m._id);
    expect(new Set(ids).size).toBe(23);
    expect(ids).toContain(userIdFor('page-person-22'));
  });

  it('refuses anyone but an admin', async () => {
    expect(await cloud.call('user', 'demo-leader-1', { action: 'members.list', q: 'z' })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
  });
});
