/**
 * The rules of an activity (issue 14), pure so the pages show the same windows the functions keep:
 * when sign-up, withdrawal, check-in and check-out are open, who may publish and host, and how many
 * places are left. Plain arithmetic on the instant given, so tests pin any time.
 */
import {
  CHECK_IN_OPENS_BEFORE_MS,
  CHECK_OUT_GRACE_MS,
  ACTIVITY_LIMITS,
  type SignupState,
} from '../../types/activities';
import { refuse, type Refused } from '../../types/refusals';
import { covers, hasRole, isCommunityAdmin, type Actor } from '../actor';
import { chinaDay, chinaWallClock } from '../china-time';

export interface Timed {
  startAt: Date;
  endAt: Date;
  signUpBy: Date;
  status: 'open' | 'closed';
}

const hhmm = (at: Date): string => chinaWallClock(at).toISOString().slice(11, 16);
const when = (at: Date, now: Date): string => `${chinaDay(at) === chinaDay(now) ? '今天' : chinaDay(at)} ${hhmm(at)}`;

export const checkInOpensAt = (a: Pick<Timed, 'startAt'>): Date =>
  new Date(a.startAt.getTime() - CHECK_IN_OPENS_BEFORE_MS);
export const checkOutClosesAt = (a: Pick<Timed, 'endAt'>): Date => new Date(a.endAt.getTime() + CHECK_OUT_GRACE_MS);

/** Sign-up and withdrawal: until the deadline, and never once closed. */
export function signUpAllows(a: Timed, now: Date): Refused | null {
  if (a.status === 'closed') return refuse('ACTIVITY_CLOSED');
  if (now.getTime() > a.signUpBy.getTime()) return refuse('ACTIVITY_SIGNUP_CLOSED');
  return null;
}

/** Check-in (code or roll): from 30 minutes before the start until the end. */
export function checkInAllows(a: Timed, now: Date): Refused | null {
  if (a.status === 'closed') return refuse('ACTIVITY_CLOSED');
  const opens = checkInOpensAt(a);
  if (now.getTime() < opens.getTime())
    return refuse('ACTIVITY_CHECK_IN_NOT_OPEN', `签到在活动开始前 30 分钟开放（${when(opens, now)} 起）`);
  if (now.getTime() > a.endAt.getTime()) return refuse('ACTIVITY_CHECK_IN_CLOSED');
  return null;
}

/** Check-out: from the check-in until 2 hours after the end. */
export function checkOutAllows(a: Timed, now: Date): Refused | null {
  if (a.status === 'closed') return refuse('ACTIVITY_CLOSED');
  if (now.getTime() < checkInOpensAt(a).getTime()) return refuse('ACTIVITY_CHECK_IN_NOT_OPEN');
  if (now.getTime() > checkOutClosesAt(a).getTime()) return refuse('ACTIVITY_CHECK_OUT_CLOSED');
  return null;
}

/**
 * 我的报名's 状态: 已签退 once checked out, 已签到 once checked in, 缺席 when marked so at the award or
 * when the activity ended with no check-in (check-in and 点名 close at the end), else 已报名.
 */
export function signupStateOf(
  s: { checkInAt?: Date; checkOutAt?: Date; absent?: boolean },
  a: Pick<Timed, 'endAt'>,
  now: Date,
): SignupState {
  if (s.checkOutAt) return 'checked_out';
  if (s.checkInAt) return 'checked_in';
  if (s.absent || now.getTime() > a.endAt.getTime()) return 'absent';
  return 'signed';
}

/** The host's code is shown while either check-in or check-out takes it. */
export const codeShown = (a: Timed, now: Date): Refused | null => checkOutAllows(a, now);

/** 一键发放积分: once the activity has ended (the award also closes it). */
export function awardAllows(a: Timed, now: Date): Refused | null {
  if (now.getTime() < a.endAt.getTime()) return refuse('ACTIVITY_NOT_ENDED');
  return null;
}

/** Publishing: community admins for the community, grid workers for their grid. */
export function publishGridOf(actor: Actor): { ok: true; gridId: string } | Refused {
  if (isCommunityAdmin(actor)) return { ok: true, gridId: '' };
  const grid = actor.grants.find((g) => g.role === 'grid_worker' && g.scope.gridId);
  if (grid?.scope.gridId && hasRole(actor, 'grid_worker')) return { ok: true, gridId: grid.scope.gridId };
  return refuse('ACTIVITY_NOT_STAFF');
}

/** Hosting (code, roll, award, 召集令): its publisher while still staff there, or a community admin. */
export function mayHost(actor: Actor, a: { hostId: string; communityId: string; gridId: string }): boolean {
  if (a.communityId !== actor.communityId) return false;
  if (isCommunityAdmin(actor)) return true;
  if (a.hostId !== actor.userId) return false;
  return a.gridId ? covers(actor, 'grid_worker', { communityId: a.communityId, gridId: a.gridId }) : false;
}

/** A new activity's times: an end after the start, at most a day long, a deadline no later than the start. */
export function timesProblem(startAt: Date, endAt: Date, signUpBy: Date, now: Date): Refused | null {
  const length = endAt.getTime() - startAt.getTime();
  if (length <= 0) return refuse('ACTIVITY_TIMES_INVALID', '结束时间须晚于开始时间');
  if (length > ACTIVITY_LIMITS.maxLengthMinutes * 60_000)
    return refuse('ACTIVITY_TIMES_INVALID', '一场活动最长 24 小时');
  if (endAt.getTime() <= now.getTime()) return refuse('ACTIVITY_TIMES_INVALID', '结束时间须晚于现在');
  if (signUpBy.getTime() > startAt.getTime()) return refuse('ACTIVITY_TIMES_INVALID', '报名截止须不晚于开始时间');
  return null;
}

export const placesLeft = (a: { capacity: number; signedUp: number }): number => Math.max(0, a.capacity - a.signedUp);
