/**
 * 发布活动 / 服务 (issue 14): community admins for the community, grid workers for their grid. The
 * activity gets its own code secret (never shown), the points area of its category unless one is
 * chosen, and a place: free text, or one of the community's 服务阵地 by id (its name is kept).
 * A 召集令 goes out after the activity is stored (call-up.ts); its failure never undoes the publish.
 * Also `callUp`: the host sends the call again (a new round) to those with the skill not yet in.
 */
import { ACTIVITY_CATEGORY_TABLE, type ActivityDetail, type ActivityInput } from '../../types/activities';
import { publishGridOf, timesProblem } from '../../domain/activities/rules';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { failureOf, notFound, refusal } from '../_shared/failure';
import { findById, insertDoc } from '../_shared/records';
import { newSignInSecret } from '../_shared/rotating-code';
import { z } from 'zod';
import { sendCallUp } from './call-up';
import { loadHosted } from './host';
import { detailFor, loadActivity } from './model';

/** What an activity keeps of a 服务阵地: its name (the places function owns the rest). */
const placeName = z.object({ communityId: z.string(), name: z.string() }).passthrough();

export async function publish(input: { activity: ActivityInput }): Promise<ActivityDetail & { called: number }> {
  const actor = await loadActor();
  const grid = publishGridOf(actor);
  if (!grid.ok) throw failureOf(grid);
  const a = input.activity;
  const startAt = new Date(a.startAt);
  const endAt = new Date(a.endAt);
  const signUpBy = a.signUpBy ? new Date(a.signUpBy) : startAt;
  const now = new Date();
  const problem = timesProblem(startAt, endAt, signUpBy, now);
  if (problem) throw failureOf(problem);
  let place = a.place;
  if (a.placeId) {
    const p = await findById('places', a.placeId, placeName);
    if (!p || p.communityId !== actor.communityId) throw notFound('服务阵地');
    place = p.name;
  }
  const activityId = await insertDoc('activities', {
    communityId: actor.communityId,
    gridId: grid.gridId,
    kind: a.kind,
    category: a.category,
    title: a.title,
    ...(a.description ? { description: a.description } : {}),
    startAt,
    endAt,
    signUpBy,
    place,
    ...(a.placeId ? { placeId: a.placeId } : {}),
    capacity: a.capacity,
    signedUp: 0,
    points: a.points,
    area: a.area ?? ACTIVITY_CATEGORY_TABLE[a.category].area,
    ...(a.callUp ? { callUp: a.callUp } : {}),
    callUpRound: 0,
    hostId: actor.userId,
    hostName: actor.name,
    status: 'open',
    attendedCount: 0,
    codeSecret: newSignInSecret(),
    createdAt: now,
  });
  const stored = await loadActivity(activityId, actor.communityId);
  const { sent } = await sendCallUp(stored, 0);
  return { ...(await detailFor(actor, activityId)), called: sent };
}

/** 再次召集: a new round (the counter moves by one conditional increment, so two taps make two rounds at most). */
export async function callUpAgain(input: { activityId: string }): Promise<{ recipients: number; sent: number }> {
  const { a } = await loadHosted(input.activityId);
  if (!a.callUp) return { recipients: 0, sent: 0 };
  if (a.status === 'closed' || a.signUpBy.getTime() < Date.now()) throw refusal('ACTIVITY_SIGNUP_CLOSED');
  await db()
    .collection('activities')
    .where({ _id: a._id, callUpRound: a.callUpRound })
    .update({ data: { callUpRound: a.callUpRound + 1 } });
  return sendCallUp(a, a.callUpRound + 1);
}
