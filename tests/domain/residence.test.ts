/** Whose address counts (domain/residence.ts): the one rule the functions and pages ask. */
import {
  addressCounts,
  addressStatusOf,
  countedBuildingId,
  earnsPoints,
  mayInvite,
  mayVerify,
  statusAfterEdit,
  verifyScope,
} from '../../domain/residence';
import type { Actor } from '../../domain/actor';

const actor = (grants: Actor['grants'], userId = 'u-1'): Actor => ({
  userId,
  name: '某人',
  communityId: 'c-1',
  buildingId: 'b-1',
  grants,
});
const leaderOfB1 = actor([{ role: 'building_leader', scope: { buildingId: 'b-1' } }]);
const admin = actor([{ role: 'community_admin', scope: { communityId: 'c-1' } }]);

describe('addressCounts', () => {
  it.each([
    [{ buildingId: 'b-1', addressStatus: 'confirmed' as const }, true],
    [{ buildingId: 'b-1' }, true], // placed before the rule existed (seed, imports)
    [{ buildingId: 'b-1', addressStatus: 'pending' as const }, false],
    [{ buildingId: 'b-1', addressStatus: 'rejected' as const }, false],
    [{ buildingId: '', addressStatus: 'confirmed' as const }, false],
  ])('%j counts: %s', (r, counts) => {
    expect(addressCounts(r)).toBe(counts);
    expect(countedBuildingId(r)).toBe(counts ? 'b-1' : '');
  });

  it('says none until a building is claimed', () => {
    expect(addressStatusOf({ buildingId: '' })).toBe('none');
  });
});

describe('earnsPoints', () => {
  it('a claim waiting for 认证 earns nothing, a grant from the community vouches', () => {
    expect(earnsPoints({ buildingId: 'b-1', addressStatus: 'pending', grants: [] })).toBe(false);
    expect(earnsPoints({ buildingId: '', grants: [] })).toBe(false);
    expect(earnsPoints({ buildingId: '', grants: [{ role: 'party_member', scope: { gridId: 'g-1' } }] })).toBe(true);
  });
});

describe('statusAfterEdit', () => {
  it('keeps the status for the same address and asks again for any other', () => {
    const confirmed = { buildingId: 'b-1', room: '302', addressStatus: 'confirmed' as const };
    expect(statusAfterEdit(confirmed, { buildingId: 'b-1', room: '302' })).toBe('confirmed');
    expect(statusAfterEdit(confirmed, { buildingId: 'b-1', room: '303' })).toBe('pending');
    expect(statusAfterEdit(confirmed, { buildingId: 'b-2', room: '302' })).toBe('pending');
    expect(statusAfterEdit({ buildingId: '', room: '' }, { buildingId: 'b-1', room: '1' })).toBe('pending');
  });
});

describe('who verifies and invites', () => {
  it('the 楼栋长 of that building or an admin; nobody else, and no 楼栋长 their own claim', () => {
    expect(mayVerify(leaderOfB1, { userId: 'u-9', buildingId: 'b-1' })).toBe(true);
    expect(mayVerify(leaderOfB1, { userId: 'u-9', buildingId: 'b-2' })).toBe(false);
    expect(mayVerify(leaderOfB1, { userId: 'u-1', buildingId: 'b-1' })).toBe(false);
    expect(mayVerify(admin, { userId: 'u-1', buildingId: 'b-2' })).toBe(true);
    expect(
      mayVerify(actor([{ role: 'grid_worker', scope: { gridId: 'g-1' } }]), { userId: 'u-9', buildingId: 'b-1' }),
    ).toBe(false);
    expect(verifyScope(leaderOfB1)).toEqual({ buildingIds: ['b-1'] });
    expect(verifyScope(admin)).toEqual({ all: true });
    expect(mayInvite(leaderOfB1, 'b-1')).toBe(true);
    expect(mayInvite(leaderOfB1, undefined)).toBe(false);
    expect(mayInvite(leaderOfB1, 'b-2')).toBe(false);
    expect(mayInvite(admin, undefined)).toBe(true);
  });
});
