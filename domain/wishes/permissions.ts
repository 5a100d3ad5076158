/**
 * Who may do what with a 微心愿, and what each person may see of it. Plain rules over the actor
 * (domain/actor.ts) and the few facts of a wish they need; the function asks them on every call
 * and answers `can` from them, so a page shows a button exactly when the action would succeed.
 *
 * Who claims: holders of the party_member role in the wish's community (党员领单). A member who
 * posted the wish, or whom it is for, does not claim their own.
 */
import { covers, hasRole, isCommunityAdmin, type Actor } from '../actor';
import type { WishAbilities, WishStatus } from '../../types/wishes';
import { CLAIMED_STATUSES, PUBLIC_STATUSES, wishTakes } from './state-machine';

export interface WishFacts {
  communityId: string;
  buildingId: string;
  status: WishStatus;
  posterId: string;
  beneficiaryId: string;
  claimerId?: string;
}

/**
 * 'full': the poster, the resident it is for, community admins (review needs it);
 * 'claimer': who claimed it, while it is theirs — what they need to fulfil it and no more;
 * 'public': everyone else of the community, once approved; 'none': not to be seen at all.
 */
export type WishAudience = 'full' | 'claimer' | 'public' | 'none';

const postersSide = (actor: Actor, wish: WishFacts): boolean =>
  wish.posterId === actor.userId || wish.beneficiaryId === actor.userId;

export function audienceOf(actor: Actor, wish: WishFacts): WishAudience {
  if (wish.communityId !== actor.communityId) return 'none';
  if (postersSide(actor, wish) || isCommunityAdmin(actor)) return 'full';
  if (wish.claimerId === actor.userId && CLAIMED_STATUSES.includes(wish.status)) return 'claimer';
  return PUBLIC_STATUSES.includes(wish.status) ? 'public' : 'none';
}

/** Posting for `beneficiary`: oneself at a confirmed address, or a resident of a building one leads. */
export function mayPostFor(actor: Actor, beneficiary: { userId: string; communityId: string; buildingId: string }) {
  if (!beneficiary.buildingId || beneficiary.communityId !== actor.communityId) return false;
  if (beneficiary.userId === actor.userId) return true;
  return covers(actor, 'building_leader', { communityId: actor.communityId, buildingId: beneficiary.buildingId });
}

export const mayReview = (actor: Actor, wish: WishFacts): boolean =>
  wish.communityId === actor.communityId && isCommunityAdmin(actor);

export const mayClaim = (actor: Actor, wish: WishFacts): boolean =>
  wish.communityId === actor.communityId && hasRole(actor, 'party_member') && !postersSide(actor, wish);

/** The poster (or the resident it is for) withdraws it, until someone claims it. */
export const mayCancel = (actor: Actor, wish: WishFacts): boolean =>
  wish.communityId === actor.communityId && postersSide(actor, wish);

export const isClaimer = (actor: Actor, wish: WishFacts): boolean =>
  wish.communityId === actor.communityId && Boolean(wish.claimerId) && wish.claimerId === actor.userId;

/** The resident it is for, or whoever posted it (their building leader), confirms it came true. */
export const mayConfirm = (actor: Actor, wish: WishFacts): boolean =>
  wish.communityId === actor.communityId && postersSide(actor, wish);

/** What the viewer may do now: permission and the state machine both say yes. */
export function wishAbilities(actor: Actor, wish: WishFacts): WishAbilities {
  const s = wish.status;
  return {
    cancel: mayCancel(actor, wish) && wishTakes(s, 'cancel'),
    review: mayReview(actor, wish) && wishTakes(s, 'approve'),
    claim: mayClaim(actor, wish) && wishTakes(s, 'claim'),
    release: isClaimer(actor, wish) && wishTakes(s, 'release'),
    fulfil: isClaimer(actor, wish) && wishTakes(s, 'fulfil'),
    confirm: mayConfirm(actor, wish) && wishTakes(s, 'confirm'),
  };
}

/** "1号楼一位老人": the most the public card says about whom a wish is for. */
export const publicWho = (buildingName: string, who: string): string => `${buildingName}${who}`;
