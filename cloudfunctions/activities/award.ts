/**
 * 一键发放积分 (issue 14): after the end, the host credits everyone who attended in one action —
 * the activity's points (cause `activity:<id>:<user>`, once ever) and, for anyone checked in but not
 * out, the hours to the activity's end (自动签退) — marks those who signed up and never came 缺席
 * (they get nothing), and closes the activity. Each person is one transaction on their sign-up and
 * every write in it is keyed by its cause, so pressing twice, or two hosts at once, credits once.
 */
import { causes } from '../../domain/points/causes';
import { awardAllows } from '../../domain/activities/rules';
import { ACTIVITY_KIND_LABELS, type AwardResult } from '../../types/activities';
import { db } from '../_shared/cloud';
import { failureOf } from '../_shared/failure';
import { unitOfMember } from '../_shared/members';
import { userDoc } from '../_shared/models';
import { holderOf, postEntry } from '../_shared/points-ledger';
import { DB_PAGE, fetchDocs, findById } from '../_shared/records';
import { inTransaction, txGet } from '../_shared/transaction';
import { creditStay } from './credit';
import { loadHosted } from './host';
import { ACTIVITIES, SIGNUPS, detailFor, signupDoc, type ActivityDoc, type SignupDoc } from './model';

/** Credits one attendee; true when this call wrote their points. */
async function creditAttendee(a: ActivityDoc, s: SignupDoc, hostId: string, now: Date): Promise<boolean> {
  const user = await findById('users', s.userId, userDoc);
  const holder = user && user.communityId === a.communityId ? await holderOf(user) : null;
  const unitId = await unitOfMember(a.communityId, s.userId);
  return inTransaction(async (tx) => {
    const raw = await txGet(tx, SIGNUPS, s._id);
    const fresh = signupDoc.parse({ _id: s._id, ...raw });
    if (fresh.awarded || !fresh.checkInAt) return false;
    const data: Record<string, unknown> = { awarded: true };
    if (!fresh.checkOutAt) {
      const stay = { checkInAt: fresh.checkInAt, checkOutAt: a.endAt };
      const minutes = await creditStay(tx, a, fresh, stay, unitId, hostId, now);
      Object.assign(data, { checkOutAt: a.endAt, checkOutVia: 'auto', minutes });
    }
    let points = 0;
    // An unconfirmed address earns no points (domain/residence.ts); the attendance and hours stand.
    if (a.points > 0 && holder?.earns) {
      const { created } = await postEntry(tx, {
        _id: causes.activity(a._id, fresh.userId),
        holder,
        kind: 'earn',
        amount: a.points,
        area: a.area,
        reason: `参加${ACTIVITY_KIND_LABELS[a.kind]}：${a.title}`,
        actorId: hostId,
        at: now,
      });
      if (created) points = a.points;
    }
    data.points = points;
    await tx.collection(SIGNUPS).doc(fresh._id).update({ data });
    return points > 0;
  });
}

export async function award(input: { activityId: string }): Promise<AwardResult> {
  const { actor, a } = await loadHosted(input.activityId);
  const now = new Date();
  const early = awardAllows(a, now);
  if (early) throw failureOf(early);
  let awarded = 0;
  let attended = 0;
  let absent = 0;
  if (a.status === 'open') {
    const _ = db().command;
    let after = '';
    for (;;) {
      const where: Record<string, unknown> = { activityId: a._id, status: 'signed' };
      if (after) where._id = _.gt(after);
      const docs = await fetchDocs(db().collection(SIGNUPS).where(where).orderBy('_id', 'asc').limit(DB_PAGE));
      for (const doc of docs) {
        const s = signupDoc.parse(doc);
        if (s.checkInAt) {
          attended += 1;
          if (await creditAttendee(a, s, actor.userId, now)) awarded += 1;
        } else {
          absent += 1;
          // 缺席: signed up, never came. A conditional write: a late roll tick wins over it.
          await db()
            .collection(SIGNUPS)
            .where({ _id: s._id, attended: false })
            .update({ data: { absent: true } });
        }
      }
      if (docs.length < DB_PAGE) break;
      after = String(docs[docs.length - 1]._id);
    }
    await db()
      .collection(ACTIVITIES)
      .where({ _id: a._id, status: 'open' })
      .update({ data: { status: 'closed', attendedCount: attended, closedAt: now } });
  }
  return { awarded, pointsEach: a.points, absent, detail: await detailFor(actor, a._id) };
}
