/**
 * Who may post where, who sees a notice, and whether a sign-up may be taken. Plain TypeScript:
 * the `notices` function asks these questions; tests ask them directly.
 */
import { covers, hasRole, isCommunityAdmin, type Actor } from '../actor';
import { refuse, type Refused } from '../../types/refusals';

/** A notice's audience, resolved: a building (with its grid), a grid, or the whole community. */
export type NoticeScope =
  { kind: 'building'; id: string; gridId: string } | { kind: 'grid'; id: string } | { kind: 'community'; id: string };

/** A scope by kind and id: all the posting rules read (a NoticeView's scope is one too). */
export type ScopeRef = Pick<NoticeScope, 'kind' | 'id'>;

/** Where a person lives, as far as notices care. */
export interface Home {
  communityId: string;
  buildingId: string;
  gridId: string;
}

/** The key a notice is stored under, so one `in` query finds everything a home sees. */
export function scopeKey(scope: Pick<NoticeScope, 'kind' | 'id'>): string {
  return `${scope.kind}:${scope.id}`;
}

/** The scope keys that reach a home: its building, its grid, its community. */
export function keysReaching(home: Home): string[] {
  const keys = [scopeKey({ kind: 'community', id: home.communityId })];
  if (home.gridId) keys.push(scopeKey({ kind: 'grid', id: home.gridId }));
  if (home.buildingId) keys.push(scopeKey({ kind: 'building', id: home.buildingId }));
  return keys;
}

/** Building leaders to the buildings they lead, grid workers to their grid, admins anywhere. */
export function mayPostTo(actor: Actor, scope: ScopeRef): boolean {
  if (isCommunityAdmin(actor)) return true;
  const communityId = actor.communityId;
  if (scope.kind === 'building') return covers(actor, 'building_leader', { communityId, buildingId: scope.id });
  if (scope.kind === 'grid') return covers(actor, 'grid_worker', { communityId, gridId: scope.id });
  return false;
}

/** Whether a person may post anywhere at all (发布通知, 我的发布): those mayPostTo lets post somewhere. */
export const mayPostSomewhere = (actor: Actor): boolean =>
  isCommunityAdmin(actor) || hasRole(actor, 'grid_worker') || hasRole(actor, 'building_leader');

export function reaches(scope: NoticeScope, home: Home): boolean {
  return keysReaching(home).includes(scopeKey(scope));
}

/**
 * The community's admins, and the poster while they still hold the role that let them post there,
 * see who read, who signed up, and may remind. Access follows the current grants (read on every
 * call), so a building leader whose role is revoked sees their old notices' households no more.
 */
export function mayFollowUp(actor: Actor, notice: { posterId: string; scope: ScopeRef }): boolean {
  return isCommunityAdmin(actor) || (notice.posterId === actor.userId && mayPostTo(actor, notice.scope));
}

/** Residents it reaches, its poster, and anyone who may post to that scope may open a notice. */
export function maySee(actor: Actor, notice: { posterId: string; scope: NoticeScope }, home: Home): boolean {
  return reaches(notice.scope, home) || mayFollowUp(actor, notice) || mayPostTo(actor, notice.scope);
}

export type Verdict = { ok: true } | Refused;

export interface SignupState {
  kind: 'notice' | 'signup';
  capacity?: number;
  deadline?: Date;
  signupCount: number;
}

/** Past its deadline (a notice without one never closes). */
export const signupClosed = (notice: Pick<SignupState, 'deadline'>, now: Date): boolean =>
  !!notice.deadline && now.getTime() > notice.deadline.getTime();

/** Every place taken (a notice without a capacity is never full). */
export const signupFull = (notice: Pick<SignupState, 'capacity' | 'signupCount'>): boolean =>
  notice.capacity !== undefined && notice.signupCount >= notice.capacity;

/** May one more person sign up now? (Someone already signed up never asks: that is idempotent.) */
export function mayTakePlace(notice: SignupState, now: Date): Verdict {
  if (notice.kind !== 'signup') return refuse('NOTICE_NOT_SIGNUP');
  if (signupClosed(notice, now)) return refuse('SIGNUP_CLOSED');
  if (signupFull(notice)) return refuse('SIGNUP_FULL');
  return { ok: true };
}

export function mayWithdraw(notice: SignupState, now: Date): Verdict {
  if (notice.kind !== 'signup') return refuse('NOTICE_NOT_SIGNUP');
  if (signupClosed(notice, now)) {
    return refuse('SIGNUP_CLOSED', '接龙已截止，不能取消');
  }
  return { ok: true };
}
