/**
 * The 微心愿 state machine and its permissions as plain rules (domain/wishes): every move in the
 * table and a named refusal for every move that is not, and who may act.
 */
import { nextWishStatus, WISH_COMMANDS, WISH_MOVES } from '../../domain/wishes/state-machine';
import { audienceOf, mayClaim, mayPostFor, wishAbilities, type WishFacts } from '../../domain/wishes/permissions';
import { creditedWishMinutes, wishSettingsFrom, DEFAULT_WISH_SETTINGS } from '../../domain/wishes/settings';
import { WISH_STATUSES } from '../../types/wishes';
import type { Actor } from '../../domain/actor';

const person = (userId: string, grants: Actor['grants'] = [], buildingId = 'b1'): Actor => ({
  userId,
  name: userId,
  communityId: 'c1',
  buildingId,
  grants,
});
const wish = (status: WishFacts['status'], extra: Partial<WishFacts> = {}): WishFacts => ({
  communityId: 'c1',
  buildingId: 'b1',
  status,
  posterId: 'poster',
  beneficiaryId: 'poster',
  ...extra,
});
const party = person('p1', [{ role: 'party_member', scope: { gridId: 'g1' } }], 'b2');
const admin = person('a1', [{ role: 'community_admin', scope: { communityId: 'c1' } }], 'b2');

describe('state machine', () => {
  it('walks the happy path pending_review → open → claimed → fulfilled → confirmed', () => {
    const path = ['approve', 'claim', 'fulfil', 'confirm'] as const;
    let at: (typeof WISH_STATUSES)[number] = 'pending_review';
    for (const c of path) {
      const m = nextWishStatus(at, c);
      if (!m.ok) throw new Error(m.reason);
      at = m.to;
    }
    expect(at).toBe('confirmed');
  });

  it('answers every other move with a named refusal', () => {
    for (const from of WISH_STATUSES) {
      for (const c of WISH_COMMANDS) {
        const m = nextWishStatus(from, c);
        const inTable = WISH_MOVES.some((x) => x.from === from && x.command === c);
        expect(m.ok).toBe(inTable);
      }
    }
    expect(nextWishStatus('claimed', 'claim')).toMatchObject({ ok: false, reason: 'WISH_ALREADY_CLAIMED' });
    expect(nextWishStatus('confirmed', 'claim')).toMatchObject({ ok: false, reason: 'WISH_ALREADY_CLAIMED' });
    expect(nextWishStatus('claimed', 'cancel')).toMatchObject({ ok: false, reason: 'WISH_ALREADY_CLAIMED' });
    expect(nextWishStatus('pending_review', 'claim')).toMatchObject({ ok: false, reason: 'WISH_NOT_OPEN' });
    expect(nextWishStatus('cancelled', 'approve')).toMatchObject({ ok: false, reason: 'WISH_CANCELLED' });
    expect(nextWishStatus('open', 'confirm')).toMatchObject({ ok: false, reason: 'WISH_STATUS_FORBIDS' });
  });
});

describe('permissions', () => {
  it('sees by audience: poster side and admins full, the claimer theirs, others the approved card only', () => {
    expect(audienceOf(person('poster'), wish('pending_review'))).toBe('full');
    expect(audienceOf(admin, wish('pending_review'))).toBe('full');
    expect(audienceOf(party, wish('pending_review'))).toBe('none');
    expect(audienceOf(party, wish('open'))).toBe('public');
    expect(audienceOf(party, wish('claimed', { claimerId: 'p1' }))).toBe('claimer');
    expect(audienceOf(party, wish('rejected'))).toBe('none');
    expect(audienceOf({ ...party, communityId: 'c2' }, wish('open'))).toBe('none');
  });

  it('claims are party members’, never on one’s own wish', () => {
    expect(mayClaim(party, wish('open'))).toBe(true);
    expect(mayClaim(person('r1'), wish('open'))).toBe(false);
    expect(mayClaim(party, wish('open', { beneficiaryId: 'p1' }))).toBe(false);
    expect(wishAbilities(party, wish('open'))).toMatchObject({ claim: true, cancel: false, confirm: false });
    expect(wishAbilities(person('poster'), wish('fulfilled'))).toMatchObject({ confirm: true, claim: false });
  });

  it('posts for oneself at a confirmed address, or a leader for their building', () => {
    const leader = person('l1', [{ role: 'building_leader', scope: { buildingId: 'b1' } }]);
    expect(mayPostFor(person('r1'), { userId: 'r1', communityId: 'c1', buildingId: 'b1' })).toBe(true);
    expect(mayPostFor(person('r1'), { userId: 'r1', communityId: 'c1', buildingId: '' })).toBe(false);
    expect(mayPostFor(leader, { userId: 'r2', communityId: 'c1', buildingId: 'b1' })).toBe(true);
    expect(mayPostFor(leader, { userId: 'r3', communityId: 'c1', buildingId: 'b9' })).toBe(false);
    expect(mayPostFor(person('r1'), { userId: 'r2', communityId: 'c1', buildingId: 'b1' })).toBe(false);
  });
});

describe('settings', () => {
  it('defaults to 10 points and caps the declared minutes', () => {
    expect(DEFAULT_WISH_SETTINGS.points).toBe(10);
    const s = wishSettingsFrom({ maxMinutes: 120, points: undefined });
    expect(s).toMatchObject({ points: 10, maxMinutes: 120 });
    expect(creditedWishMinutes(90, s)).toBe(90);
    expect(creditedWishMinutes(300, s)).toBe(120);
  });
});
