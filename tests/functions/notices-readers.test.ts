/**
 * 阅读情况 through the real `notices` function on the local cloud (strict indexes): households, not
 * people (a home has read when any member has); the poster is never their own reader; 20 a page in
 * room order behind the one cursor codec; 一键提醒 to the unread who opted in, once an hour even
 * when tapped twice at once; and access by the current role (a revoked building leader gets nothing).
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
/** 1号楼 (b-demo-1-1) before this file: 孙楼长 101 (the poster), 张党员 501, 周奶奶 302, demo-resident-2 402. */
const NEIGHBOURS = Array.from({ length: 24 }, (_, i) => ({ openid: `reader-${i}`, room: `${1001 + i}` }));
/** 周奶奶's husband: a second member of 302. */
const SPOUSE = { openid: 'reader-spouse', room: '302' };

const person = (p: { openid: string; room: string }, name: string) => ({
  _id: userIdFor(p.openid),
  openid: p.openid,
  communityId: 'c-demo',
  name,
  phone: '13711110000',
  buildingId: 'b-demo-1-1',
  room: p.room,
  grants: [],
});

beforeAll(async () => {
  cloud = await startTestCloud();
  await cloud.store.insertMany('users', [...NEIGHBOURS.map((p, i) => person(p, `邻居${i}`)), person(SPOUSE, '周爷爷')]);
});
afterAll(() => cloud.close());

const post = async (openid = 'demo-leader-1', extra: object = {}) =>
  data(
    await cloud.call('notices', openid, {
      action: 'post',
      scope: { buildingId: 'b-demo-1-1' },
      kind: 'notice',
      title: '电梯检修',
      content: '周三上午电梯检修，请走楼梯。',
      ...extra,
    }),
  ).notice as { _id: string; photos: string[] };
const open = (openid: string, noticeId: string) => cloud.call('notices', openid, { action: 'get', noticeId });
const readers = (noticeId: string, extra: object = {}, openid = 'demo-leader-1') =>
  cloud.call('notices', openid, { action: 'readers', noticeId, ...extra });
type Message = { touser: string; page: string; data: Record<string, { value: string }> };
// In-process: GET /__outbox is the local cloud's own (it needs the per-start secret).
const outbox = async (): Promise<Message[]> => cloud.outbox() as unknown as Message[];

type Row = { _id: string; buildingName: string; room: string; members: number; readAt?: string };
/** Households: 501, 302 (two members), 402, 1001–1024; the poster's 101 is no audience of theirs. */
const HOUSEHOLDS = 27;

describe('households', () => {
  it('a home has read when any member has: one household for two members, counted once', async () => {
    const notice = await post();
    const before = data(await readers(notice._id));
    expect(before.counts).toEqual({ read: 0, unread: HOUSEHOLDS });
    data(await open('demo-resident-1', notice._id)); // 周奶奶, 302
    const one = data(await readers(notice._id, { tab: 'read' }));
    expect(one.counts).toEqual({ read: 1, unread: HOUSEHOLDS - 1 });
    expect(one.items).toEqual([expect.objectContaining({ buildingName: '1号楼', room: '302', members: 2 })]);
    expect(one.items[0].readAt).toEqual(expect.any(String));
    data(await open(SPOUSE.openid, notice._id)); // the same home again
    expect(data(await readers(notice._id)).counts).toEqual({ read: 1, unread: HOUSEHOLDS - 1 });
    expect(await cloud.store.count('notice_reads', { noticeId: notice._id })).toBe(2);
  });

  it('the poster is never their own reader, and their home is not on the list', async () => {
    const notice = await post();
    data(await open('demo-leader-1', notice._id));
    const page = data(await readers(notice._id));
    expect(page.counts).toEqual({ read: 0, unread: HOUSEHOLDS });
    expect(page.items.map((h: Row) => h.room)).not.toContain('101');
  });

  it('members opening at once mark their home once', async () => {
    const notice = await post();
    await Promise.all([open('demo-resident-1', notice._id), open(SPOUSE.openid, notice._id)]);
    expect(data(await readers(notice._id)).counts).toEqual({ read: 1, unread: HOUSEHOLDS - 1 });
  });

  it('pages 20 at a time in room order (302 before 1001), each household once, then no cursor', async () => {
    const notice = await post();
    data(await open('demo-party-1', notice._id)); // 501 has read: not on the 未读 list
    const first = data(await readers(notice._id));
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = data(await readers(notice._id, { cursor: first.nextCursor }));
    expect(second.nextCursor).toBeUndefined();
    const rooms = [...first.items, ...second.items].map((h: Row) => h.room);
    expect(rooms).toEqual(['302', '402', ...NEIGHBOURS.map((p) => p.room)]);
    expect(second.counts).toEqual({ read: 1, unread: HOUSEHOLDS - 1 });
  });

  it('a bad cursor or tab is INVALID_ARGUMENT, never an empty page', async () => {
    const notice = await post();
    for (const extra of [{ cursor: '.abc' }, { cursor: '-1.x' }, { tab: 'all' }]) {
      expect(await readers(notice._id, extra)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });

  it('follow opens the screen in one call: the notice, the counts and the first 未读 page, writing no receipt', async () => {
    const notice = await post('demo-leader-1', { kind: 'signup' });
    data(await open('demo-resident-1', notice._id));
    data(await cloud.call('notices', 'demo-resident-2', { action: 'signup', noticeId: notice._id, note: '两人' }));
    const follow = data(await cloud.call('notices', 'demo-leader-1', { action: 'follow', noticeId: notice._id }));
    expect(follow.notice._id).toBe(notice._id);
    expect(follow.readers).toEqual(data(await readers(notice._id)));
    expect(follow.signups).toEqual({ items: [expect.objectContaining({ name: '吴大爷', note: '两人' })] });
    const leaderReceipts = { noticeId: notice._id, userId: userIdFor('demo-leader-1') };
    expect(await cloud.store.count('notice_reads', leaderReceipts)).toBe(0);
  });
});

describe('接龙名单', () => {
  it('comes 20 at a time in sign-up order behind the cursor, follow carrying the first page', async () => {
    const notice = await post('demo-leader-1', { kind: 'signup' });
    const signers = NEIGHBOURS.map((p) => p.openid);
    for (const openid of signers) data(await cloud.call('notices', openid, { action: 'signup', noticeId: notice._id }));
    const follow = data(await cloud.call('notices', 'demo-leader-1', { action: 'follow', noticeId: notice._id }));
    expect(follow.signups.items).toHaveLength(20);
    const rest = data(
      await cloud.call('notices', 'demo-leader-1', {
        action: 'signups',
        noticeId: notice._id,
        cursor: follow.signups.nextCursor,
      }),
    );
    expect(rest.nextCursor).toBeUndefined();
    const names = [...follow.signups.items, ...rest.items].map((s: { name: string }) => s.name);
    expect(names).toEqual(NEIGHBOURS.map((_, i) => `邻居${i}`));
    const bad = await cloud.call('notices', 'demo-leader-1', { action: 'signups', noticeId: notice._id, cursor: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});

describe('一键提醒', () => {
  beforeAll(async () => {
    // 402 and 1001 accepted a 楼栋通知 message each (two, so the post's own message leaves one).
    for (const openid of ['demo-resident-2', NEIGHBOURS[0].openid]) {
      for (let i = 0; i < 2; i += 1) {
        data(await cloud.call('notices', openid, { action: 'subscribe', kinds: ['building_notice'] }));
      }
    }
  });

  it('tells the unread who opted in, not the readers nor the poster; twice at once sends once', async () => {
    const notice = await post();
    data(await open(NEIGHBOURS[0].openid, notice._id)); // 1001 has read it
    const sent = (await outbox()).length;
    const taps = await Promise.all(
      [1, 2].map(() => cloud.call('notices', 'demo-leader-1', { action: 'remind', noticeId: notice._id })),
    );
    const answered = taps.filter((t) => t.ok).map((t) => data(t));
    expect(answered).toEqual([{ sent: 1, households: HOUSEHOLDS - 1 }]);
    expect(taps.find((t) => !t.ok)).toMatchObject({ error: { code: 'FAILED_PRECONDITION' } });
    const messages = (await outbox()).slice(sent);
    expect(messages.map((m) => m.touser)).toEqual(['demo-resident-2']);
    expect(messages[0].page).toBe(`packages/notices/detail/index?noticeId=${notice._id}`);
    expect(messages[0].data.thing1.value).toContain('提醒');
    // Within the hour: refused, nothing more sent.
    const again = await cloud.call('notices', 'demo-leader-1', { action: 'remind', noticeId: notice._id });
    expect(again).toMatchObject({ ok: false, error: { code: 'FAILED_PRECONDITION' } });
    expect(await outbox()).toHaveLength(sent + 1);
  });

  it('a resident may not remind', async () => {
    const notice = await post();
    const res = await cloud.call('notices', 'demo-resident-1', { action: 'remind', noticeId: notice._id });
    expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  });
});

describe('photos', () => {
  it('a notice carries its photos to the detail; a photo that is no stored file id is refused', async () => {
    const photos = [await cloud.uploadPhoto('demo-leader-1'), await cloud.uploadPhoto('demo-leader-1')];
    const notice = await post('demo-leader-1', { photos });
    expect(data(await open('demo-resident-1', notice._id)).notice.photos).toEqual(photos);
    const bad = await cloud.call('notices', 'demo-leader-1', {
      action: 'post',
      scope: { buildingId: 'b-demo-1-1' },
      kind: 'notice',
      title: '坏图',
      content: '坏图',
      photos: ['https://evil.example/x.png'],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});

describe('access follows the current role (issue 12 point 5)', () => {
  const grant = { role: 'building_leader', scope: { buildingId: 'b-demo-1-1' } };
  const asAdmin = (action: string) =>
    cloud.call('user', 'demo-admin', { action, userId: userIdFor('demo-leader-1'), ...grant });

  it('a building leader whose role is revoked reads nothing of the notices they posted', async () => {
    const notice = await post();
    data(await open('demo-resident-1', notice._id));
    expect(data(await readers(notice._id)).counts.read).toBe(1); // while they hold the role
    data(await asAdmin('roles.revoke'));
    try {
      for (const event of [
        { action: 'readers', noticeId: notice._id },
        { action: 'readers', noticeId: notice._id, tab: 'read' },
        { action: 'follow', noticeId: notice._id },
        { action: 'signups', noticeId: notice._id },
        { action: 'remind', noticeId: notice._id },
      ]) {
        const res = await cloud.call('notices', 'demo-leader-1', event);
        expect(res.ok).toBe(false);
        expect(JSON.stringify(res)).not.toContain('302');
      }
    } finally {
      data(await asAdmin('roles.grant'));
    }
    expect(data(await readers(notice._id)).counts.read).toBe(1); // granted again, it follows again
  });
});
