/**
 * Joining the right community, and whose address counts (issue 11 point 1; issue 12 point 6):
 * through the real `user`, `notices`, `points` and `orders` functions on the local cloud.
 * A newcomer joins only by an invitation or an open community; a claimed building and room grant
 * nothing — no building notices, no points, no place in a household list — until 认证.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { rid } from '../support/points';
import { newRequestId } from '../support/orders';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string | null, event: object) => cloud.call('user', openid, event);
const join = async (openid: string, invite = 'DEMOJOIN11') => data(await call(openid, { action: 'join', invite }));
const claim = async (openid: string, name: string, buildingId: string, room: string) =>
  data(await call(openid, { action: 'profile.update', name, phone: '13912340000', buildingId, room }));
const postNotice = async (openid: string, scope: object, title: string) =>
  data(
    await cloud.call('notices', openid, {
      action: 'post',
      scope,
      kind: 'notice',
      title,
      content: '周六上午楼道大扫除，请各户配合。',
    }),
  ).notice as { _id: string };
const awardTo = (openid: string) =>
  cloud.call('points', 'demo-admin', {
    action: 'award',
    userId: userIdFor(openid),
    amount: 5,
    area: 'volunteer',
    reason: '楼道清扫',
    requestId: rid(),
  });
/** The rooms of 1号楼 a notice's 阅读情况 lists (read or not), with their member counts. */
async function householdsOf(noticeId: string): Promise<Map<string, number>> {
  const rooms = new Map<string, number>();
  for (const tab of ['unread', 'read']) {
    let cursor: string | undefined;
    do {
      const page = data(
        await cloud.call('notices', 'demo-leader-1', {
          action: 'readers',
          noticeId,
          tab,
          ...(cursor ? { cursor } : {}),
        }),
      );
      for (const h of page.items as { room: string; members: number }[]) rooms.set(h.room, h.members);
      cursor = page.nextCursor;
    } while (cursor);
  }
  return rooms;
}
const pending = async (openid: string) =>
  data(await call(openid, { action: 'residents.pending' })).items as {
    _id: string;
    room: string;
    buildingId: string;
  }[];

describe('joining', () => {
  it('answers NOT_JOINED to an openid that has not joined, and makes no profile', async () => {
    for (const action of ['login', 'home']) {
      const res = await call('stranger-1', { action });
      expect(res).toMatchObject({ ok: false, error: { code: 'FAILED_PRECONDITION', reason: 'NOT_JOINED' } });
    }
    expect(await cloud.store.count('users', { openid: 'stranger-1' })).toBe(0);
  });

  it('joins by a building invitation: that community, the building claimed and 待认证', async () => {
    const peek = data(await call('newcomer-a', { action: 'invite.peek', invite: 'DEMOJOIN11' }));
    expect(peek).toEqual({ communityName: '示范社区', buildingName: '1号楼' });
    const joined = await join('newcomer-a');
    expect(joined.community._id).toBe('c-demo');
    expect(joined.user.buildingId).toBe('b-demo-1-1');
    expect(joined.addressStatus).toBe('pending');
    // Not a resident of the building until confirmed: the community only.
    expect(joined.roles).toEqual([{ role: 'resident', scope: { communityId: 'c-demo' } }]);
  });

  it('makes one profile however many first joins race', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => call('racer', { action: 'join', invite: 'DEMOJOIN01' })),
    );
    for (const r of results) expect(r.ok).toBe(true);
    expect(await cloud.store.count('users', { openid: 'racer' })).toBe(1);
    expect(data(results[0]).addressStatus).toBe('none');
  });

  it('refuses an unknown or inactive code, a closed community, and a second community', async () => {
    expect(await call('newcomer-x', { action: 'join', invite: 'NOSUCHCODE' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'INVITE_INVALID' },
    });
    expect(await call('newcomer-x', { action: 'invite.peek', invite: 'NOSUCHCODE' })).toMatchObject({ ok: false });
    expect(await call('newcomer-x', { action: 'join', communityId: 'c-other' })).toMatchObject({
      ok: false,
      error: { reason: 'REGISTRATION_CLOSED' },
    });
    expect(await call('newcomer-x', { action: 'join' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await cloud.store.count('users', { openid: 'newcomer-x' })).toBe(0);
    // Someone of 另一社区 cannot slip into 示范社区 by its invitation.
    expect(await call('demo-resident-b', { action: 'join', invite: 'DEMOJOIN11' })).toMatchObject({
      ok: false,
      error: { reason: 'JOINED_ELSEWHERE' },
    });
  });

  it('lists only the communities open to newcomers, and joins one picked', async () => {
    const list = data(await call('picker', { action: 'communities.list' }));
    expect(list.items).toEqual([{ _id: 'c-demo', name: '示范社区' }]);
    const joined = data(await call('picker', { action: 'join', communityId: 'c-demo' }));
    expect(joined).toMatchObject({ community: { _id: 'c-demo' }, addressStatus: 'none', user: { buildingId: '' } });
  });
});

describe('invitations', () => {
  it('gives the admin the community’s and the 楼栋长 their building’s, the same code each time', async () => {
    const community = data(await call('demo-admin', { action: 'invites.create' })).invitation;
    expect(community).toMatchObject({ code: 'DEMOJOIN01', buildingName: '', communityName: '示范社区' });
    const building = data(await call('demo-leader-1', { action: 'invites.create', buildingId: 'b-demo-1-1' }));
    expect(building.invitation).toMatchObject({
      code: 'DEMOJOIN11',
      buildingName: '1号楼',
      path: 'packages/profile/join/index?invite=DEMOJOIN11',
    });
    const fresh = data(await call('demo-admin', { action: 'invites.create', buildingId: 'b-demo-2-1' })).invitation;
    expect(fresh.code).toMatch(/^[A-Z2-9]{10}$/);
    expect(data(await call('demo-admin', { action: 'invites.create', buildingId: 'b-demo-2-1' })).invitation.code).toBe(
      fresh.code,
    );
  });

  it.each([
    ['a 楼栋长 for another building', 'demo-leader-1', { buildingId: 'b-demo-2-1' }, 'PERMISSION_DENIED'],
    ['a 楼栋长 for the community', 'demo-leader-1', {}, 'PERMISSION_DENIED'],
    ['a resident', 'demo-resident-1', { buildingId: 'b-demo-1-1' }, 'PERMISSION_DENIED'],
    ['another community’s admin', 'demo-admin-b', { buildingId: 'b-demo-1-1' }, 'NOT_FOUND'],
  ])('refuses %s', async (_label, openid, extra, code) => {
    expect(await call(openid, { action: 'invites.create', ...extra })).toMatchObject({ ok: false, error: { code } });
  });
});

describe('an unconfirmed claim grants nothing (the attack of issue 12 point 6)', () => {
  it('a newcomer calling themselves 李书记 of 1号楼 302 reads no building notice, earns nothing, is in no household', async () => {
    await join('attacker', 'DEMOJOIN01');
    const set = await claim('attacker', '李书记', 'b-demo-1-1', '302');
    expect(set.addressStatus).toBe('pending');
    const notice = await postNotice('demo-leader-1', { buildingId: 'b-demo-1-1' }, '1号楼停电通知');
    const gridNotice = await postNotice('demo-admin', { gridId: 'g-demo-1' }, '网格一消杀');

    // No building or grid notice in the feed, none counted unread, none opened by id.
    const feed = data(await cloud.call('notices', 'attacker', { action: 'list' })).items as { _id: string }[];
    expect(feed.map((n) => n._id)).not.toContain(notice._id);
    expect(feed.map((n) => n._id)).not.toContain(gridNotice._id);
    expect((await cloud.call('notices', 'attacker', { action: 'get', noticeId: notice._id })).ok).toBe(false);
    const home = data(await call('attacker', { action: 'home' }));
    expect(home.addressStatus).toBe('pending');
    expect(home.roles).toEqual([{ role: 'resident', scope: { communityId: 'c-demo' } }]);
    // A real resident of the building does see it: the notice is there to be seen.
    const real = data(await cloud.call('notices', 'demo-resident-1', { action: 'list' })).items as { _id: string }[];
    expect(real.map((n) => n._id)).toContain(notice._id);

    // In no household list (阅读情况 counts households by room; 代办 picks from them): 302 is still
    // 周奶奶's home alone, and 黄阿姨's claimed 602 is no household at all.
    const households = await householdsOf(notice._id);
    expect(households.get('302')).toBe(1);
    expect(households.has('602')).toBe(false);
    expect([...households.keys()].sort()).toEqual(['302', '402', '501']);

    // Nor in 代办's household list, and no 楼栋长 can file 代办 on the claim (the address does not count).
    const proxyList = data(
      await cloud.call('orders', 'demo-leader-1', { action: 'households', buildingId: 'b-demo-1-1' }),
    ).items.map((h: { userId: string }) => h.userId);
    expect(proxyList).toContain(userIdFor('demo-resident-1'));
    expect(proxyList).not.toContain(userIdFor('attacker'));
    expect(proxyList).not.toContain(userIdFor('demo-newcomer-1'));
    const proxied = await cloud.call('orders', 'demo-leader-1', {
      action: 'submit',
      requestId: newRequestId(),
      category: 'elderly',
      content: '代邻居报修',
      onBehalfOf: userIdFor('attacker'),
    });
    expect(proxied).toMatchObject({ ok: false, error: { reason: 'PROXY_OUT_OF_SCOPE' } });
    expect(JSON.stringify(proxied)).not.toContain('13912340000');

    // No points: an admin's award is refused, and nothing reaches the ledger.
    expect(await awardTo('attacker')).toMatchObject({ ok: false, error: { reason: 'ADDRESS_UNCONFIRMED' } });
    expect(await cloud.store.count('point_entries', { userId: userIdFor('attacker') })).toBe(0);
  });

  it('may still file an order from the claimed address, but rating it earns nothing', async () => {
    await join('claimer', 'DEMOJOIN11');
    await claim('claimer', '冒名者', 'b-demo-1-1', '601');
    const order = data(
      await cloud.call('orders', 'claimer', {
        action: 'submit',
        requestId: newRequestId(),
        category: 'infrastructure',
        content: '楼道灯坏了，晚上看不见路',
      }),
    ).order;
    expect(order).toMatchObject({ buildingId: 'b-demo-1-1', room: '601' });
    data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
    data(await cloud.call('orders', 'demo-party-1', { action: 'grab', orderId: order._id }));
    data(await cloud.call('orders', 'demo-party-1', { action: 'complete', orderId: order._id, note: '已更换灯泡' }));
    data(await cloud.call('orders', 'claimer', { action: 'rate', orderId: order._id, score: 5 }));
    expect(await cloud.store.count('point_entries', { userId: userIdFor('claimer') })).toBe(0);
    // The taker (a party member, vouched for by the community) earned as before.
    expect(await cloud.store.count('point_entries', { userId: userIdFor('demo-party-1') })).toBeGreaterThan(0);
  });

  it('a confirmed resident who claims another home loses the old building’s notices until 认证', async () => {
    const notice = await postNotice('demo-leader-1', { buildingId: 'b-demo-1-1' }, '1号楼电梯检修');
    const before = data(await cloud.call('notices', 'demo-resident-2', { action: 'list' })).items as { _id: string }[];
    expect(before.map((n) => n._id)).toContain(notice._id);
    const same = await claim('demo-resident-2', '吴大爷', 'b-demo-1-1', '301');
    expect(same.addressStatus).toBe('pending'); // another room is another claim
    const after = data(await cloud.call('notices', 'demo-resident-2', { action: 'list' })).items as { _id: string }[];
    expect(after.map((n) => n._id)).not.toContain(notice._id);
  });
});

describe('认证', () => {
  it('puts the claims of 孙楼长’s building in his queue, the demo’s 黄阿姨 among them', async () => {
    await join('queue-a', 'DEMOJOIN11');
    await claim('queue-a', '钱阿姨', 'b-demo-1-1', '702');
    const queue = await pending('demo-leader-1');
    const ids = queue.map((p) => p._id);
    expect(ids).toContain(userIdFor('demo-newcomer-1'));
    expect(ids).toContain(userIdFor('queue-a'));
    expect(queue.every((p) => p.buildingId === 'b-demo-1-1')).toBe(true);
    // The admin's queue covers the community; a grid worker and a resident have none.
    expect((await pending('demo-admin')).map((p) => p._id)).toContain(userIdFor('queue-a'));
    for (const openid of ['demo-grid-1', 'demo-resident-1']) {
      expect(await call(openid, { action: 'residents.pending' })).toMatchObject({
        ok: false,
        error: { reason: 'NOT_VERIFIER' },
      });
    }
  });

  it('confirms exactly the claim seen: then notices, households and points follow', async () => {
    await join('verified', 'DEMOJOIN11');
    await claim('verified', '林阿姨', 'b-demo-1-1', '802');
    const verify = (openid: string, room: string, decision = 'confirm', buildingId = 'b-demo-1-1') =>
      call(openid, { action: 'resident.verify', userId: userIdFor('verified'), buildingId, room, decision });
    expect(await verify('demo-leader-1', '803')).toMatchObject({ ok: false, error: { reason: 'CLAIM_CHANGED' } });
    expect(await verify('demo-grid-1', '802')).toMatchObject({ ok: false, error: { reason: 'NOT_VERIFIER' } });
    expect(await verify('demo-admin-b', '802')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(data(await verify('demo-leader-1', '802'))).toEqual({
      userId: userIdFor('verified'),
      addressStatus: 'confirmed',
    });
    expect(await verify('demo-admin', '802')).toMatchObject({ ok: false, error: { reason: 'CLAIM_CHANGED' } });

    const me = data(await call('verified', { action: 'login' }));
    expect(me.addressStatus).toBe('confirmed');
    expect(me.roles[0]).toEqual({ role: 'resident', scope: { buildingId: 'b-demo-1-1' } });
    const notice = await postNotice('demo-leader-1', { buildingId: 'b-demo-1-1' }, '1号楼缴费提醒');
    const feed = data(await cloud.call('notices', 'verified', { action: 'list' })).items as { _id: string }[];
    expect(feed.map((n) => n._id)).toContain(notice._id);
    expect((await householdsOf(notice._id)).get('802')).toBe(1);
    expect(data(await awardTo('verified')).entry.amount).toBe(5);
  });

  it('rejects a claim; a new claim waits again', async () => {
    await join('rejected', 'DEMOJOIN11');
    await claim('rejected', '假住户', 'b-demo-1-1', '909');
    data(
      await call('demo-leader-1', {
        action: 'resident.verify',
        userId: userIdFor('rejected'),
        buildingId: 'b-demo-1-1',
        room: '909',
        decision: 'reject',
      }),
    );
    expect(data(await call('rejected', { action: 'login' })).addressStatus).toBe('rejected');
    expect((await pending('demo-leader-1')).map((p) => p._id)).not.toContain(userIdFor('rejected'));
    expect((await claim('rejected', '假住户', 'b-demo-1-1', '909')).addressStatus).toBe('rejected');
    expect((await claim('rejected', '真住户', 'b-demo-1-1', '908')).addressStatus).toBe('pending');
  });

  it('a 楼栋长 settles no claim of another building, nor their own; a revoked one none at all', async () => {
    await join('other-bld', 'DEMOJOIN01');
    await claim('other-bld', '外楼人', 'b-demo-2-1', '101');
    const res = await call('demo-leader-1', {
      action: 'resident.verify',
      userId: userIdFor('other-bld'),
      buildingId: 'b-demo-2-1',
      room: '101',
      decision: 'confirm',
    });
    expect(res).toMatchObject({ ok: false, error: { reason: 'NOT_VERIFIER' } });

    await join('leader-2', 'DEMOJOIN01');
    await claim('leader-2', '新楼长', 'b-demo-1-2', '505');
    const grant = { userId: userIdFor('leader-2'), role: 'building_leader', scope: { buildingId: 'b-demo-1-2' } };
    data(await call('demo-admin', { action: 'roles.grant', ...grant }));
    const self = { action: 'resident.verify', userId: userIdFor('leader-2'), buildingId: 'b-demo-1-2', room: '505' };
    expect((await pending('leader-2')).map((p) => p._id)).not.toContain(userIdFor('leader-2'));
    expect((await pending('demo-admin')).map((p) => p._id)).toContain(userIdFor('leader-2'));
    expect(await call('leader-2', { ...self, decision: 'confirm' })).toMatchObject({
      ok: false,
      error: { reason: 'NOT_VERIFIER' },
    });
    await join('tenant-2', 'DEMOJOIN01');
    await claim('tenant-2', '二号楼住户', 'b-demo-1-2', '506');
    data(await call('demo-admin', { action: 'roles.revoke', ...grant }));
    const afterRevoke = await call('leader-2', {
      action: 'resident.verify',
      userId: userIdFor('tenant-2'),
      buildingId: 'b-demo-1-2',
      room: '506',
      decision: 'confirm',
    });
    expect(afterRevoke).toMatchObject({ ok: false, error: { reason: 'NOT_VERIFIER' } });
  });

  it('two verifiers at once: exactly one decision lands', async () => {
    await join('contested', 'DEMOJOIN11');
    await claim('contested', '争议户', 'b-demo-1-1', '1001');
    const ask = (openid: string, decision: string) =>
      call(openid, {
        action: 'resident.verify',
        userId: userIdFor('contested'),
        buildingId: 'b-demo-1-1',
        room: '1001',
        decision,
      });
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => ask('demo-leader-1', 'confirm')),
      ...Array.from({ length: 5 }, () => ask('demo-admin', 'reject')),
    ]);
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    const status = data(await call('contested', { action: 'login' })).addressStatus;
    expect(status).toBe((won[0] as { data: { addressStatus: string } }).data.addressStatus);
  });
});
