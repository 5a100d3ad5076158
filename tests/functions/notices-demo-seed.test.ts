/**
 * The demo's notices (scripts/demo-seed-notices.ts) as a newcomer meets them after `npm start`:
 * 阅读情况 shows homes read and unread, and the 停水通知's photo is there to be seen.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { DEMO_PEOPLE } from '../../types/demo';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoNotices: true });
});
afterAll(() => cloud.close());

const follow = async (openid: string, noticeId: string) =>
  data(await cloud.call('notices', openid, { action: 'follow', noticeId }));

test('孙楼长 停水通知: two homes of 1号楼 read it, 吴大爷 (402) not; its photo is served', async () => {
  const screen = await follow('demo-leader-1', 'demo-notice-water');
  expect(screen.readers.counts).toEqual({ read: 2, unread: 1 });
  expect(screen.readers.items.map((h: { room: string }) => h.room)).toEqual(['402']);
  expect(screen.notice.photos).toHaveLength(1);
  const photo = await fetch(`${cloud.url}/storage/${screen.notice.photos[0].slice('local://'.length)}`);
  expect(photo.status).toBe(200);
  expect(photo.headers.get('content-type')).toContain('image/png');
});

test('李书记 notice to the community: every other home of the community, three of them read', async () => {
  const homes = new Set(
    DEMO_PEOPLE.filter((p) => p.communityId === 'c-demo' && p.openid !== 'demo-admin').map(
      (p) => `${p.buildingId}/${p.room}`,
    ),
  );
  const screen = await follow('demo-admin', 'demo-notice-hours');
  expect(screen.readers.counts).toEqual({ read: 3, unread: homes.size - 3 });
  // 周奶奶 read it: it is not unread on her list.
  const mine = data(await cloud.call('notices', 'demo-resident-1', { action: 'list' })).items;
  expect(mine.find((n: { _id: string }) => n._id === 'demo-notice-hours')).toMatchObject({ unread: false });
});
