/**
 * The stored activity and sign-up, their views, and the reads every action shares (issue 14).
 * `signedUp` on the activity is the counter capacity is held by: it moves only in a transaction with
 * the sign-up it counts (signup.ts), so it always equals the number of sign-ups with status 'signed'.
 * The code secret never leaves this function.
 */
import { z } from 'zod';
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_CATEGORY_TABLE,
  ACTIVITY_KINDS,
  ACTIVITY_KIND_LABELS,
  SIGNUP_STATUSES,
  callUpSchema,
  type ActivityDetail,
  type ActivityView,
  type SignupView,
} from '../../types/activities';
import { POINT_AREAS } from '../../types/points';
import { SKILL_LABELS } from '../../types/skills';
import { placesLeft, mayHost } from '../../domain/activities/rules';
import type { Actor } from '../../domain/actor';
import { signupIdFor } from '../_shared/ids/activities';
import { db } from '../_shared/cloud';
import { notFound } from '../_shared/failure';
import { findById } from '../_shared/records';

const date = z.coerce.date();
export const ACTIVITIES = 'activities';
export const SIGNUPS = 'activity_signups';

export const activityDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  /** The publishing grid worker's grid ('' for the community's own). */
  gridId: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  category: z.enum(ACTIVITY_CATEGORIES),
  title: z.string(),
  description: z.string().optional(),
  startAt: date,
  endAt: date,
  signUpBy: date,
  place: z.string(),
  placeId: z.string().optional(),
  capacity: z.number().int().positive(),
  signedUp: z.number().int().nonnegative(),
  points: z.number().int().nonnegative(),
  area: z.enum(POINT_AREAS),
  callUp: callUpSchema.optional(),
  /** How many times the 召集令 went out: each round reaches a person at most once (notice_sends). */
  callUpRound: z.number().int().nonnegative(),
  hostId: z.string(),
  hostName: z.string(),
  status: z.enum(['open', 'closed']),
  attendedCount: z.number().int().nonnegative(),
  codeSecret: z.string(),
  createdAt: date,
  closedAt: date.optional(),
});
export type ActivityDoc = z.infer<typeof activityDoc>;

export const signupDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  activityId: z.string(),
  userId: z.string(),
  /** The host's roll needs it; nobody else is shown the list. */
  name: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  signedAt: date,
  /** The activity's end (fixed once published), so 我的报名 pages upcoming and past by one index. */
  endAt: date,
  attended: z.boolean(),
  checkInAt: date.optional(),
  checkInVia: z.enum(['code', 'roll']).optional(),
  checkOutAt: date.optional(),
  checkOutVia: z.enum(['code', 'roll', 'auto']).optional(),
  minutes: z.number().int().nonnegative().optional(),
  points: z.number().int().nonnegative().optional(),
  awarded: z.boolean().optional(),
  absent: z.boolean().optional(),
});
export type SignupDoc = z.infer<typeof signupDoc>;

export { signupIdFor };

export async function loadActivity(activityId: string, communityId: string): Promise<ActivityDoc> {
  const activity = await findById(ACTIVITIES, activityId, activityDoc);
  if (!activity || activity.communityId !== communityId) throw notFound('活动');
  return activity;
}

export const loadSignup = (activityId: string, userId: string) =>
  findById(SIGNUPS, signupIdFor(activityId, userId), signupDoc);

const iso = (d: Date | undefined) => (d ? d.toISOString() : undefined);

export function activityView(a: ActivityDoc): ActivityView {
  return {
    _id: a._id,
    kind: a.kind,
    kindLabel: ACTIVITY_KIND_LABELS[a.kind],
    category: a.category,
    categoryLabel: ACTIVITY_CATEGORY_TABLE[a.category].label,
    title: a.title,
    ...(a.description ? { description: a.description } : {}),
    startAt: a.startAt.toISOString(),
    endAt: a.endAt.toISOString(),
    place: a.place,
    ...(a.placeId ? { placeId: a.placeId } : {}),
    capacity: a.capacity,
    signedUp: a.signedUp,
    placesLeft: placesLeft(a),
    signUpBy: a.signUpBy.toISOString(),
    points: a.points,
    area: a.area,
    ...(a.callUp ? { callUp: { ...a.callUp, skillLabels: a.callUp.skills.map((s) => SKILL_LABELS[s]) } } : {}),
    hostName: a.hostName,
    status: a.status,
    attendedCount: a.attendedCount,
  };
}

export function signupView(s: SignupDoc): SignupView {
  const view: SignupView = { userId: s.userId, status: s.status, signedAt: s.signedAt.toISOString() };
  if (s.checkInAt) view.checkInAt = iso(s.checkInAt);
  if (s.checkOutAt) view.checkOutAt = iso(s.checkOutAt);
  if (s.minutes !== undefined) view.minutes = s.minutes;
  if (s.points !== undefined) view.points = s.points;
  if (s.absent) view.absent = true;
  return view;
}

/** How many checked in so far (one indexed count), for the host's page before the award fixes it. */
export async function attendedSoFar(a: ActivityDoc): Promise<number> {
  if (a.status === 'closed') return a.attendedCount;
  const res = (await db().collection(SIGNUPS).where({ activityId: a._id, attended: true }).count()) as {
    total: number;
  };
  return res.total;
}

/** The whole detail as the caller sees it: every action on the page answers with it. */
export async function detailFor(actor: Actor, activityId: string): Promise<ActivityDetail> {
  const a = await loadActivity(activityId, actor.communityId);
  const [mine, attended] = await Promise.all([loadSignup(a._id, actor.userId), attendedSoFar(a)]);
  return {
    activity: { ...activityView(a), attendedCount: attended },
    ...(mine ? { mine: signupView(mine) } : {}),
    canHost: mayHost(actor, a),
  };
}
