/**
 * 报名 / 取消报名 (issue 14). Capacity holds under races: the sign-up and the activity's `signedUp`
 * counter are written in one transaction that first reads both, so of ten people tapping for the
 * last three places exactly three get in and seven hear 名额已满 (a conflicting run is rerun on a
 * fresh snapshot and sees the new count). The sign-up's id is the activity and the person, so a
 * double tap is one sign-up. A withdrawal frees its place in the same way, until the deadline.
 */
import { signUpAllows } from '../../domain/activities/rules';
import type { ActivityDetail } from '../../types/activities';
import { loadActor } from '../_shared/actor';
import { failureOf, refusal } from '../_shared/failure';
import { inTransaction, txGet } from '../_shared/transaction';
import { ACTIVITIES, SIGNUPS, activityDoc, detailFor, loadActivity, signupDoc, signupIdFor } from './model';

export async function signUp(input: { activityId: string }): Promise<ActivityDetail> {
  const actor = await loadActor();
  const before = await loadActivity(input.activityId, actor.communityId);
  const now = new Date();
  const closed = signUpAllows(before, now);
  if (closed) throw failureOf(closed);
  const id = signupIdFor(before._id, actor.userId);
  await inTransaction(async (tx) => {
    const a = activityDoc.parse({ _id: before._id, ...(await txGet(tx, ACTIVITIES, before._id)) });
    const raw = await txGet(tx, SIGNUPS, id);
    const existing = raw ? signupDoc.parse({ _id: id, ...raw }) : null;
    if (existing?.status === 'signed') return; // a double tap: already in
    const refused = signUpAllows(a, now);
    if (refused) throw failureOf(refused);
    if (a.signedUp >= a.capacity) throw refusal('ACTIVITY_FULL');
    await tx
      .collection(ACTIVITIES)
      .doc(a._id)
      .update({ data: { signedUp: a.signedUp + 1 } });
    const fields = { status: 'signed', signedAt: now, endAt: a.endAt };
    if (existing) await tx.collection(SIGNUPS).doc(id).update({ data: fields });
    else
      await tx
        .collection(SIGNUPS)
        .doc(id)
        .set({
          data: {
            communityId: a.communityId,
            activityId: a._id,
            userId: actor.userId,
            name: actor.name,
            attended: false,
            ...fields,
          },
        });
  });
  return detailFor(actor, before._id);
}

export async function withdraw(input: { activityId: string }): Promise<ActivityDetail> {
  const actor = await loadActor();
  const before = await loadActivity(input.activityId, actor.communityId);
  const now = new Date();
  const id = signupIdFor(before._id, actor.userId);
  await inTransaction(async (tx) => {
    const raw = await txGet(tx, SIGNUPS, id);
    const existing = raw ? signupDoc.parse({ _id: id, ...raw }) : null;
    if (!existing || existing.status !== 'signed') return; // nothing to withdraw: a double tap
    if (existing.checkInAt) throw refusal('ACTIVITY_ALREADY_CHECKED_IN');
    const a = activityDoc.parse({ _id: before._id, ...(await txGet(tx, ACTIVITIES, before._id)) });
    const refused = signUpAllows(a, now);
    if (refused) throw failureOf(refused);
    await tx
      .collection(ACTIVITIES)
      .doc(a._id)
      .update({ data: { signedUp: Math.max(0, a.signedUp - 1) } });
    await tx
      .collection(SIGNUPS)
      .doc(id)
      .update({ data: { status: 'withdrawn' } });
  });
  return detailFor(actor, before._id);
}
