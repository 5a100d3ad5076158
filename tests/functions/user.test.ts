import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { DEMO_PEOPLE } from '../../types/demo';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const idOf = (openid: string) => userIdFor(openid);

describe('user.login', () => {
  it('answers every demo person with their profile, roles and community', async () => {
    for (const person of DEMO_PEOPLE) {
      const res = data(await cloud.call('user', person.openid, { action: 'login' }));
      expect(res.user).toEqual({
        _id: idOf(person.openid),
        name: person.name,
        phone: person.phone,
        buildingId: person.buildingId,
        room: person.room,
      });
      expect(res.roles[0]).toEqual({ role: 'resident', scope: { buildingId: person.buildingId } });
      expect(res.roles.slice(1)).toEqual(person.roles);
      expect(res.community._id).toBe(person.communityId);
    }
  });

  it('knows the two communities by name', async () => {
    expect(data(await cloud.call('user', 'demo-admin', { action: 'login' })).community.name).toBe('示范社区');
    expect(data(await cloud.call('user', 'demo-admin-b', { action: 'login' })).community.name).toBe('另一社区');
  });

  it('refuses a caller with no identity', async () => {
    const res = await cloud.call('user', null, { action: 'login' });
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('makes no profile for a new openid: it must join first (user-joining.test.ts)', async () => {
    const res = await cloud.call('user', 'brand-new-person', { action: 'login' });
    expect(res).toMatchObject({ ok: false, error: { reason: 'NOT_JOINED' } });
    expect(await cloud.store.count('users', { openid: 'brand-new-person' })).toBe(0);
  });

  it('never takes the actor from the event', async () => {
    const res = await cloud.call('user', 'demo-resident-1', { action: 'login', openid: 'demo-admin' });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    // The platform's own userInfo field is tolerated but never used as identity.
    const ok = data(
      await cloud.call('user', 'demo-resident-1', { action: 'login', userInfo: { openId: 'demo-admin' } }),
    );
    expect(ok.user.name).toBe('周奶奶');
  });

  it('answers INVALID_ARGUMENT in Chinese for an unknown action', async () => {
    const res = await cloud.call('user', 'demo-resident-1', { action: 'hack' });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('INVALID_ARGUMENT');
      expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('user.profile.update', () => {
  const valid = {
    action: 'profile.update',
    name: '王大妈',
    phone: '13912345678',
    buildingId: 'b-demo-1-2',
    room: '501',
  };

  it('updates one’s own profile', async () => {
    const res = data(await cloud.call('user', 'demo-resident-2', valid));
    expect(res.user).toMatchObject({ name: '王大妈', phone: '13912345678', buildingId: 'b-demo-1-2', room: '501' });
    const again = data(await cloud.call('user', 'demo-resident-2', { action: 'login' }));
    expect(again.user.name).toBe('王大妈');
    // A new building and room are a claim: 待认证, so a resident of the community only until 认证.
    expect(again.addressStatus).toBe('pending');
    expect(again.roles[0]).toEqual({ role: 'resident', scope: { communityId: 'c-demo' } });
  });

  it('refuses a building of another community as not found, changing nothing', async () => {
    const before = data(await cloud.call('user', 'demo-resident-3', { action: 'login' })).user;
    const res = await cloud.call('user', 'demo-resident-3', { ...valid, buildingId: 'b-other-1' });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(data(await cloud.call('user', 'demo-resident-3', { action: 'login' })).user).toEqual(before);
  });

  it.each([
    ['a bad phone', { phone: '12345' }],
    ['an empty name', { name: '' }],
    ['an operator in the building id', { buildingId: { $gt: '' } }],
    ['a 10 KB name', { name: 'x'.repeat(10240) }],
    ['a userId to edit someone else', { userId: idOf('demo-admin') }],
  ])('refuses %s with INVALID_ARGUMENT and changes nothing', async (_label, patch) => {
    const before = data(await cloud.call('user', 'demo-resident-3', { action: 'login' })).user;
    const res = await cloud.call('user', 'demo-resident-3', { ...valid, ...patch });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    if (!res.ok) expect(res.error.message).not.toContain('13912345678');
    expect(data(await cloud.call('user', 'demo-resident-3', { action: 'login' })).user).toEqual(before);
  });
});

describe('user.roles', () => {
  const grant = (userOpenid: string, role: string, scope: object) => ({
    userId: idOf(userOpenid),
    role,
    scope,
  });

  it('lets a community admin grant and revoke a role inside the community', async () => {
    const g = grant('demo-resident-3', 'party_member', { gridId: 'g-demo-2' });
    data(await cloud.call('user', 'demo-admin', { action: 'roles.grant', ...g }));
    data(await cloud.call('user', 'demo-admin', { action: 'roles.grant', ...g })); // twice: still once
    let roles = data(await cloud.call('user', 'demo-resident-3', { action: 'login' })).roles;
    expect(roles.filter((r: { role: string }) => r.role === 'party_member')).toEqual([
      { role: 'party_member', scope: { gridId: 'g-demo-2' } },
    ]);
    data(await cloud.call('user', 'demo-admin', { action: 'roles.revoke', ...g }));
    roles = data(await cloud.call('user', 'demo-resident-3', { action: 'login' })).roles;
    expect(roles.map((r: { role: string }) => r.role)).toEqual(['resident']);
  });

  it.each(['demo-resident-1', 'demo-grid-1', 'demo-party-1', 'demo-leader-1', 'demo-property-1', 'demo-dept-1'])(
    'refuses %s, who is not an admin',
    async (openid) => {
      const res = await cloud.call('user', openid, {
        action: 'roles.grant',
        ...grant('demo-resident-1', 'grid_worker', { gridId: 'g-demo-1' }),
      });
      expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    },
  );

  it('answers NOT_FOUND across communities, for the person and for the scope', async () => {
    const other = await cloud.call('user', 'demo-admin-b', {
      action: 'roles.grant',
      ...grant('demo-resident-1', 'party_member', { gridId: 'g-other-1' }),
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const foreignScope = await cloud.call('user', 'demo-admin', {
      action: 'roles.grant',
      ...grant('demo-resident-1', 'party_member', { gridId: 'g-other-1' }),
    });
    expect(foreignScope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a scope of the wrong kind and the resident role', async () => {
    const wrongKind = await cloud.call('user', 'demo-admin', {
      action: 'roles.grant',
      ...grant('demo-resident-1', 'building_leader', { gridId: 'g-demo-1' }),
    });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const resident = await cloud.call('user', 'demo-admin', {
      action: 'roles.grant',
      ...grant('demo-resident-1', 'resident', { buildingId: 'b-demo-1-1' }),
    });
    expect(resident).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('does not let an admin revoke their own admin role', async () => {
    const res = await cloud.call('user', 'demo-admin', {
      action: 'roles.revoke',
      ...grant('demo-admin', 'community_admin', { communityId: 'c-demo' }),
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'FAILED_PRECONDITION' } });
  });
});

describe('user.members.list', () => {
  it('pages the admin’s own community, 20 at a time, and nobody else’s', async () => {
    const first = data(await cloud.call('user', 'demo-admin', { action: 'members.list' }));
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.items.length).toBeLessThanOrEqual(20);
    const ids = first.items.map((m: { _id: string }) => m._id);
    expect(ids).not.toContain(idOf('demo-resident-b'));
    const b = data(await cloud.call('user', 'demo-admin-b', { action: 'members.list' }));
    expect(b.items.map((m: { name: string }) => m.name).sort()).toEqual(['何书记', '许大妈', '赵主任'].sort());
    expect(b.nextCursor).toBeUndefined();
  });

  it('is refused to a resident', async () => {
    const res = await cloud.call('user', 'demo-resident-1', { action: 'members.list' });
    expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  });
});
