/**
 * 楼栋长发布 end to end through the real `notices` function on the local cloud: scope, read
 * receipts, 接龙 under races, the content check, and subscribe messages sent after commit only.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { orderIn } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
const RACERS = Array.from({ length: 10 }, (_, i) => `notice-racer-${i}`);

beforeAll(async () => {
  cloud = await startTestCloud();
  await cloud.store.insertMany(
    'users',
    RACERS.map((openid, i) => ({
      _id: userIdFor(openid),
      openid,
      communityId: 'c-demo',
      name: `住户${i}`,
      phone: `1371111${String(i).padStart(4, '0')}`,
      buildingId: 'b-demo-1-1',
      room: `${200 + i}`,
      grants: [],
    })),
  );
});
afterAll(() => cloud.close());

const post = (openid: string, extra: object = {}) =>
  cloud.call('notices', openid, {
    action: 'post',
    scope: { buildingId: 'b-demo-1-1' },
    kind: 'notice',
    title: '停水通知',
    content: '明天上午 9 点到 12 点停水，请提前储水。',
    ...extra,
  });
const outbox = async (): Promise<Array<{ touser: string; templateId: string; page: string }>> =>
  cloud.outbox() as unknown as Array<{ touser: string; templateId: string; page: string }>;

describe('scope', () => {
  it('a leader posts to their building; residents there see it unread, another building does not', async () => {
    const { notice } = data(await post('demo-leader-1'));
    const mine = data(await cloud.call('notices', 'demo-resident-1', { action: 'list' }));
    expect(mine.items[0]).toMatchObject({ _id: notice._id, unread: true, scope: { label: '1号楼' } });
    const other = data(await cloud.call('notices', 'demo-resident-3', { action: 'list' }));
    expect(other.items.map((n: { _id: string }) => n._id)).not.toContain(notice._id);
    const res = await cloud.call('notices', 'demo-resident-3', { action: 'get', noticeId: notice._id });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('我的发布 (list mine) shows what one posted wherever it went, and nobody else’s', async () => {
    const { notice: toGrid2 } = data(
      await post('demo-admin', { scope: { buildingId: 'b-demo-2-1' }, title: '网格二消杀' }),
    );
    data(await post('demo-leader-1', { title: '楼长的通知' }));
    const adminMine = data(await cloud.call('notices', 'demo-admin', { action: 'list', mine: true }));
    expect(adminMine.items.map((n: { _id: string }) => n._id)).toContain(toGrid2._id);
    expect(adminMine.items.every((n: { posterId: string }) => n.posterId === userIdFor('demo-admin'))).toBe(true);
    // The admin lives in 2号楼: the notice to 3号楼 does not reach his own list.
    const adminReach = data(await cloud.call('notices', 'demo-admin', { action: 'list' }));
    expect(adminReach.items.map((n: { _id: string }) => n._id)).not.toContain(toGrid2._id);
  });

  it('a leader cannot post to another building; a resident cannot post at all', async () => {
    const before = await cloud.store.count('notices', {});
    expect(await post('demo-leader-1', { scope: { buildingId: 'b-demo-2-1' } })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
    expect(await post('demo-resident-1')).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    expect(await post('demo-grid-1', { scope: { gridId: 'g-demo-2' } })).toMatchObject({ ok: false });
    expect(await cloud.store.count('notices', {})).toBe(before);
  });

  it('grid and community posts reach the homes under them', async () => {
    const grid = data(await post('demo-grid-1', { scope: { gridId: 'g-demo-1' } })).notice;
    const all = data(await post('demo-admin', { scope: { community: true } })).notice;
    const ids = data(await cloud.call('notices', 'demo-resident-1', { action: 'list' })).items.map(
      (n: { _id: string }) => n._id,
    );
    expect(ids.slice(0, 2)).toEqual([all._id, grid._id]); // newest first
    const far = data(await cloud.call('notices', 'demo-resident-3', { action: 'list' })).items;
    expect(far.map((n: { _id: string }) => n._id)).toEqual(expect.arrayContaining([all._id]));
    expect(far.map((n: { _id: string }) => n._id)).not.toContain(grid._id);
  });

  it('another community gets NOT_FOUND, and a building of another community is NOT_FOUND', async () => {
    const { notice } = data(await post('demo-leader-1'));
    for (const action of ['get', 'readers', 'signup', 'signups', 'withdraw']) {
      const res = await cloud.call('notices', 'demo-admin-b', { action, noticeId: notice._id });
      expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await post('demo-admin', { scope: { buildingId: 'b-other-1' } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('read receipts', () => {
  it('opening marks it read for the reader, once (households: notices-readers.test.ts)', async () => {
    const { notice } = data(await post('demo-leader-1'));
    const opened = data(await cloud.call('notices', 'demo-resident-1', { action: 'get', noticeId: notice._id }));
    expect(opened.notice.unread).toBe(false);
    data(await cloud.call('notices', 'demo-resident-1', { action: 'get', noticeId: notice._id }));
    expect(await cloud.store.count('notice_reads', { noticeId: notice._id })).toBe(1);
    const listed = data(await cloud.call('notices', 'demo-resident-1', { action: 'list' })).items;
    expect(listed.find((n: { _id: string }) => n._id === notice._id).unread).toBe(false);
  });

  it('only the poster and admins see readers and sign-ups', async () => {
    const { notice } = data(await post('demo-leader-1', { kind: 'signup' }));
    for (const who of ['demo-resident-1', 'demo-resident-2', 'demo-party-1']) {
      for (const action of ['readers', 'signups', 'follow', 'remind']) {
        const res = await cloud.call('notices', who, { action, noticeId: notice._id });
        expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
      }
    }
    expect((await cloud.call('notices', 'demo-admin', { action: 'readers', noticeId: notice._id })).ok).toBe(true);
  });
});

describe('接龙', () => {
  it('capacity 1 raced by 10 residents: exactly one signs up, the rest RESOURCE_EXHAUSTED', async () => {
    const { notice } = data(await post('demo-leader-1', { kind: 'signup', capacity: 1 }));
    const results = await Promise.all(
      RACERS.map((openid) => cloud.call('notices', openid, { action: 'signup', noticeId: notice._id, note: '我来' })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ error: { code: 'RESOURCE_EXHAUSTED' } });
    const list = data(await cloud.call('notices', 'demo-leader-1', { action: 'signups', noticeId: notice._id }));
    expect(list.items).toHaveLength(1);
    expect(list.items[0].note).toBe('我来');
  });

  it('withdraw frees the place; signing up twice takes one place', async () => {
    const { notice } = data(await post('demo-leader-1', { kind: 'signup', capacity: 1 }));
    data(await cloud.call('notices', 'demo-resident-1', { action: 'signup', noticeId: notice._id }));
    data(await cloud.call('notices', 'demo-resident-1', { action: 'signup', noticeId: notice._id }));
    const full = await cloud.call('notices', 'demo-resident-2', { action: 'signup', noticeId: notice._id });
    expect(full).toMatchObject({ ok: false, error: { code: 'RESOURCE_EXHAUSTED' } });
    const back = data(await cloud.call('notices', 'demo-resident-1', { action: 'withdraw', noticeId: notice._id }));
    expect(back.notice.signupCount).toBe(0);
    const taken = data(await cloud.call('notices', 'demo-resident-2', { action: 'signup', noticeId: notice._id }));
    expect(taken.notice).toMatchObject({ signupCount: 1, signedUp: true });
  });

  it('after the deadline: sign-up and withdraw are FAILED_PRECONDITION', async () => {
    const deadline = new Date(Date.now() + 1500).toISOString();
    const { notice } = data(await post('demo-leader-1', { kind: 'signup', deadline }));
    data(await cloud.call('notices', 'demo-resident-1', { action: 'signup', noticeId: notice._id }));
    await new Promise((r) => setTimeout(r, 1700));
    const late = await cloud.call('notices', 'demo-resident-2', { action: 'signup', noticeId: notice._id });
    expect(late).toMatchObject({ ok: false, error: { code: 'FAILED_PRECONDITION', message: '接龙已截止' } });
    const out = await cloud.call('notices', 'demo-resident-1', { action: 'withdraw', noticeId: notice._id });
    expect(out).toMatchObject({ ok: false, error: { code: 'FAILED_PRECONDITION' } });
  });
});

describe('content check and notifications', () => {
  it('flagged text is refused with a clear message, nothing saved and nothing sent', async () => {
    data(await cloud.call('notices', 'demo-resident-2', { action: 'subscribe', kinds: ['building_notice'] }));
    const [notices, sent] = [await cloud.store.count('notices', {}), (await outbox()).length];
    const res = await post('demo-leader-1', { content: '这里有违禁测试词' });
    expect(res).toMatchObject({ ok: false, error: { message: '内容含有不当信息，请修改后再提交' } });
    expect(await cloud.store.count('notices', {})).toBe(notices);
    expect(await outbox()).toHaveLength(sent);
  });

  it('a post tells each subscribed household once; unsubscribed ones get nothing', async () => {
    const sent = (await outbox()).length;
    const { notice } = data(await post('demo-leader-1', { title: '楼道清理' }));
    const messages = (await outbox()).slice(sent);
    expect(messages).toEqual([
      expect.objectContaining({ touser: 'demo-resident-2', templateId: 'TEMPLATE_ID_BUILDING_NOTICE' }),
    ]);
    expect(messages[0].page).toContain(notice._id);
    data(await post('demo-leader-1')); // the one subscription was used up
    expect(await outbox()).toHaveLength(sent + 1);
  });

  it('order taken and done tell the resident who subscribed, and nobody who did not', async () => {
    const sent = (await outbox()).length;
    await orderIn(cloud, 'completed'); // demo-resident-1's order, not subscribed
    expect(await outbox()).toHaveLength(sent);
    data(await cloud.call('notices', 'demo-resident-1', { action: 'subscribe', kinds: ['order_taken', 'order_done'] }));
    await orderIn(cloud, 'completed');
    const kinds = (await outbox()).slice(sent).map((m) => [m.touser, m.templateId]);
    expect(kinds).toEqual([
      ['demo-resident-1', 'TEMPLATE_ID_ORDER_TAKEN'],
      ['demo-resident-1', 'TEMPLATE_ID_ORDER_DONE'],
    ]);
  });

  it('a failing send leaves the post in place (a community whose template the users refuse)', async () => {
    await cloud.store.insertMany('communities', [
      { _id: 'c-fail', name: '拒收小区', settings: { notices: { templateIds: { building_notice: 'fail-refused' } } } },
    ]);
    await cloud.store.insertMany('grids', [{ _id: 'g-fail', communityId: 'c-fail', name: '网格' }]);
    await cloud.store.insertMany('buildings', [
      { _id: 'b-fail', communityId: 'c-fail', gridId: 'g-fail', name: '1栋' },
    ]);
    const person = (openid: string, grants: object[]) => ({
      _id: userIdFor(openid),
      openid,
      communityId: 'c-fail',
      name: openid,
      phone: '13700000000',
      buildingId: 'b-fail',
      room: '101',
      grants,
    });
    await cloud.store.insertMany('users', [
      person('fail-admin', [{ role: 'community_admin', scope: { communityId: 'c-fail' } }]),
      person('fail-resident', []),
    ]);
    data(await cloud.call('notices', 'fail-resident', { action: 'subscribe', kinds: ['building_notice'] }));
    const sent = (await outbox()).length;
    const res = await cloud.call('notices', 'fail-admin', {
      action: 'post',
      scope: { community: true },
      kind: 'notice',
      title: '通知',
      content: '发送会失败',
    });
    expect(res.ok).toBe(true);
    expect(await cloud.store.count('notices', { communityId: 'c-fail' })).toBe(1);
    expect(await outbox()).toHaveLength(sent);
    const seen = data(await cloud.call('notices', 'fail-resident', { action: 'list' })).items;
    expect(seen).toHaveLength(1);
  });
});
