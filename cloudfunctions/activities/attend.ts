/**
 * 签到 / 签退 (issue 14) with the host's code, which changes every minute (_shared/rotating-code.ts),
 * only inside the activity's windows (domain/activities/rules.ts), and the host's 点名 (roll) with
 * times. Each writes the person's sign-up in a transaction that reads it first, so racing scans
 * check in once; the check-out credits the hours in the same transaction (credit.ts).
 */
import {
  checkInAllows,
  checkInOpensAt,
  checkOutAllows,
  checkOutClosesAt,
  codeShown,
} from '../../domain/activities/rules';
import type { ActivityCodeView, ActivityDetail } from '../../types/activities';
import { loadActor } from '../_shared/actor';
import { failureOf, refusal } from '../_shared/failure';
import { unitOfMember } from '../_shared/members';
import { codeFor, codeMatches, codePeriod, codeRefreshAt } from '../_shared/rotating-code';
import { inTransaction, txGet } from '../_shared/transaction';
import { creditStay } from './credit';
import { SIGNUPS, detailFor, loadActivity, signupDoc, signupIdFor, type ActivityDoc } from './model';
import { loadHosted } from './host';

async function withCode(input: { activityId: string; code: string }, check: typeof checkInAllows) {
  const actor = await loadActor();
  const a = await loadActivity(input.activityId, actor.communityId);
  const now = new Date();
  const closed = check(a, now);
  if (closed) throw failureOf(closed);
  if (!codeMatches(a.codeSecret, a._id, input.code, now)) throw refusal('SIGN_IN_CODE_WRONG');
  return { actor, a, now };
}

async function readSignup(tx: Parameters<Parameters<typeof inTransaction>[0]>[0], a: ActivityDoc, userId: string) {
  const id = signupIdFor(a._id, userId);
  const raw = await txGet(tx, SIGNUPS, id);
  const s = raw ? signupDoc.parse({ _id: id, ...raw }) : null;
  if (!s || s.status !== 'signed') throw refusal('ACTIVITY_NOT_SIGNED_UP');
  return s;
}

export async function checkIn(input: { activityId: string; code: string }): Promise<ActivityDetail> {
  const { actor, a, now } = await withCode(input, checkInAllows);
  await inTransaction(async (tx) => {
    const s = await readSignup(tx, a, actor.userId);
    if (s.checkInAt) return; // scanned twice: one check-in
    await tx
      .collection(SIGNUPS)
      .doc(s._id)
      .update({ data: { checkInAt: now, checkInVia: 'code', attended: true } });
  });
  return detailFor(actor, a._id);
}

export async function checkOut(input: { activityId: string; code: string }): Promise<ActivityDetail> {
  const { actor, a, now } = await withCode(input, checkOutAllows);
  const unitId = await unitOfMember(a.communityId, actor.userId);
  await inTransaction(async (tx) => {
    const s = await readSignup(tx, a, actor.userId);
    if (!s.checkInAt) throw refusal('ACTIVITY_NOT_CHECKED_IN');
    if (s.checkOutAt) return;
    const minutes = await creditStay(tx, a, s, { checkInAt: s.checkInAt, checkOutAt: now }, unitId, actor.userId, now);
    await tx
      .collection(SIGNUPS)
      .doc(s._id)
      .update({ data: { checkOutAt: now, checkOutVia: 'code', minutes } });
  });
  return detailFor(actor, a._id);
}

/** The host's screen: the code now, when to fetch the next, and the windows it serves. */
export async function currentCode(input: { activityId: string }): Promise<ActivityCodeView> {
  const { a } = await loadHosted(input.activityId);
  const now = new Date();
  const closed = codeShown(a, now);
  if (closed) throw failureOf(closed);
  return {
    code: codeFor(a.codeSecret, a._id, codePeriod(now)),
    refreshAt: codeRefreshAt(now).toISOString(),
    opensAt: checkInOpensAt(a).toISOString(),
    closesAt: checkOutClosesAt(a).toISOString(),
  };
}

/**
 * 点名: the host marks a signed-up person present. Times default to what is known: the person's own
 * check-in, else the start; a check-out once the activity has ended (else they are still there).
 * Times must lie in the activity's windows and not in the future. A person already checked out
 * (their hours credited) is left as they are: hours entries are never rewritten.
 */
export async function roll(input: {
  activityId: string;
  userId: string;
  checkInAt?: string;
  checkOutAt?: string;
}): Promise<ActivityDetail> {
  const { actor, a } = await loadHosted(input.activityId);
  const now = new Date();
  // From the check-in's opening until the award closes it: a host may take the roll after the end.
  if (a.status === 'closed') throw refusal('ACTIVITY_CLOSED');
  if (now.getTime() < checkInOpensAt(a).getTime()) throw refusal('ACTIVITY_CHECK_IN_NOT_OPEN');
  const unitId = await unitOfMember(a.communityId, input.userId);
  await inTransaction(async (tx) => {
    const s = await readSignup(tx, a, input.userId);
    if (s.checkOutAt) return;
    // Ticked present once it has begun: there from the start, unless the host gives a time.
    const ticked = now.getTime() >= a.startAt.getTime() ? a.startAt : now;
    const checkInAt = s.checkInAt ?? (input.checkInAt ? new Date(input.checkInAt) : ticked);
    const given = input.checkOutAt ? new Date(input.checkOutAt) : undefined;
    const checkOutAt = given ?? (now.getTime() >= a.endAt.getTime() ? a.endAt : undefined);
    rollTimesValid(a, checkInAt, checkOutAt, now);
    const data: Record<string, unknown> = { attended: true };
    if (!s.checkInAt) Object.assign(data, { checkInAt, checkInVia: 'roll' });
    if (checkOutAt) {
      const stay = { checkInAt, checkOutAt };
      const minutes = await creditStay(tx, a, s, stay, unitId, actor.userId, now);
      Object.assign(data, { checkOutAt, checkOutVia: 'roll', minutes });
    }
    await tx.collection(SIGNUPS).doc(s._id).update({ data });
  });
  return detailFor(actor, a._id);
}

function rollTimesValid(a: ActivityDoc, checkInAt: Date, checkOutAt: Date | undefined, now: Date): void {
  const t = checkInAt.getTime();
  const bad =
    t < checkInOpensAt(a).getTime() ||
    t > a.endAt.getTime() ||
    t > now.getTime() ||
    (checkOutAt &&
      (checkOutAt.getTime() <= t ||
        checkOutAt.getTime() > checkOutClosesAt(a).getTime() ||
        checkOutAt.getTime() > now.getTime()));
  if (bad) throw refusal('ACTIVITY_ROLL_TIMES_INVALID');
}
