import fc from 'fast-check';
import { covers, isCommunityAdmin, rolesOf, sameGrant, type Actor } from '../../domain/actor';
import { normaliseGrant, revokeLocksOut, withGrant, withoutGrant } from '../../domain/grants';
import { maskPhone, maskRoom } from '../../domain/mask';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

const base: Actor = { userId: 'u1', name: '甲', communityId: 'c1', buildingId: 'b1', grants: [] };

describe('who an actor is', () => {
  it('is a resident of the building they live in, derived rather than stored', () => {
    expect(rolesOf(base)).toEqual([{ role: 'resident', scope: { buildingId: 'b1' } }]);
    expect(rolesOf({ ...base, buildingId: '' })).toEqual([{ role: 'resident', scope: { communityId: 'c1' } }]);
  });

  it('a grid grant covers its grid and nothing else', () => {
    const worker = { ...base, grants: [{ role: 'grid_worker' as const, scope: { gridId: 'g1' } }] };
    expect(covers(worker, 'grid_worker', { communityId: 'c1', gridId: 'g1' })).toBe(true);
    expect(covers(worker, 'grid_worker', { communityId: 'c1', gridId: 'g2' })).toBe(false);
    expect(covers(worker, 'party_member', { communityId: 'c1', gridId: 'g1' })).toBe(false);
  });

  it('no grant reaches into another community, even with a matching grid id', () => {
    const worker = { ...base, grants: [{ role: 'grid_worker' as const, scope: { gridId: 'g1' } }] };
    expect(covers(worker, 'grid_worker', { communityId: 'c2', gridId: 'g1' })).toBe(false);
  });

  it('a community admin is admin of their own community only', () => {
    const admin = { ...base, grants: [{ role: 'community_admin' as const, scope: { communityId: 'c1' } }] };
    expect(isCommunityAdmin(admin)).toBe(true);
    expect(isCommunityAdmin({ ...admin, communityId: 'c2' })).toBe(false);
    expect(isCommunityAdmin(base)).toBe(false);
  });
});

describe('granting roles', () => {
  it('binds each role to the kind of scope it needs', () => {
    expect(normaliseGrant({ role: 'grid_worker', scope: { gridId: 'g1' } }, 'c1')).toEqual({
      ok: true,
      grant: { role: 'grid_worker', scope: { gridId: 'g1' } },
    });
    expect(normaliseGrant({ role: 'grid_worker', scope: { buildingId: 'b1' } }, 'c1').ok).toBe(false);
    expect(normaliseGrant({ role: 'building_leader', scope: { gridId: 'g1' } }, 'c1').ok).toBe(false);
    expect(normaliseGrant({ role: 'community_admin', scope: { communityId: 'c2' } }, 'c1').ok).toBe(false);
    expect(normaliseGrant({ role: 'merchant', scope: { gridId: 'g1', buildingId: 'b1' } }, 'c1').ok).toBe(false);
  });

  it('refuses to grant resident, which follows from the address', () => {
    const res = normaliseGrant({ role: 'resident', scope: { buildingId: 'b1' } }, 'c1');
    expect(res).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' });
  });

  it('adds a grant once and removes it whatever the key order', () => {
    const g = { role: 'party_member' as const, scope: { gridId: 'g1' } };
    const once = withGrant([], g);
    expect(withGrant(once, { ...g })).toHaveLength(1);
    expect(withoutGrant(once, { role: 'party_member', scope: { gridId: 'g1' } })).toEqual([]);
    expect(sameGrant(g, { role: 'party_member', scope: { gridId: 'g2' } })).toBe(false);
  });

  it('never lets an admin remove their own admin grant', () => {
    const admin = { role: 'community_admin' as const, scope: { communityId: 'c1' } };
    expect(revokeLocksOut('u1', 'u1', admin)).toBe(true);
    expect(revokeLocksOut('u1', 'u2', admin)).toBe(false);
  });
});

describe('personal data', () => {
  it('masks phones', () => {
    expect(maskPhone('13800000000')).toBe('138****0000');
    expect(maskPhone('13900000001')).toBe('139****0001');
  });

  it('hides a phone whole when showing 3 + 4 would leave fewer than four digits hidden, or it is odd', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone(undefined)).toBe('');
    expect(maskPhone('1234567')).toBe('*******'); // 3 + 4 would be all of it
    expect(maskPhone('12345678')).toBe('********');
    expect(maskPhone('12ab')).toBe('****');
    expect(maskPhone('+8613800000000')).toBe('**************');
  });

  it('never shows more than all but four characters of any input', () => {
    fc.assert(
      fc.property(fc.string(), (phone) => {
        const shown = maskPhone(phone)
          .split('')
          .filter((c, i) => c !== '*' && c === phone[i]).length;
        expect(shown).toBeLessThanOrEqual(Math.max(0, phone.length - 4));
      }),
    );
  });

  it('masks rooms', () => {
    expect(maskRoom('302')).toBe('3**');
    expect(maskRoom('')).toBe('');
  });

  it('derives user ids from openids without revealing them', () => {
    expect(userIdFor('demo-admin')).toBe(userIdFor('demo-admin'));
    expect(userIdFor('demo-admin')).not.toContain('demo');
    expect(userIdFor('a')).not.toBe(userIdFor('b'));
  });
});
