/**
 * 签到 (issue 11 point 9, issue 12 point 6). Attendance needs presence: a person signs in with the
 * code on the host's screen (scanned, or typed on H5), or whoever runs the meeting ticks them on
 * the roll (点名) — and only while the meeting takes sign-ins (domain/meetings/attendance.ts: from
 * 30 minutes before it starts until it finishes). The attendance record and the community's
 * `meeting` points (cause `meeting:<meetingId>:<userId>`) are written in one transaction, both keyed
 * by meeting and person, so any number of racing scans and ticks attend once and earn once.
 */
import { causes } from '../../domain/points/causes';
import { inScope } from '../../domain/meetings/permissions';
import {
  codePeriod,
  codeRefreshAt,
  signInAllows,
  signInClosesAt,
  signInOpensAt,
} from '../../domain/meetings/attendance';
import { attendanceIdFor } from '../_shared/ids/meetings';
import { failureOf, notFound, refusal } from '../_shared/failure';
import { userDoc, type UserDoc } from '../_shared/models';
import { holderOf, loadPointSettings, postEntry } from '../_shared/points-ledger';
import { findById } from '../_shared/records';
import { inTransaction, txGet } from '../_shared/transaction';
import { loadMember, meetingInScope, meetingToRun, memberOf } from './member';
import { attendanceDoc, type AttendanceDoc, type MeetingDoc } from './model';
import { codeFor, codeMatches, secretOf } from './sign-in-code';

export interface AttendResult {
  attended: true;
  points: number;
  at: string;
}

function requireSignInOpen(meeting: MeetingDoc, now: Date): void {
  const closed = signInAllows(meeting, now);
  if (closed) throw failureOf(closed);
}

/** 扫码签到: the caller, with the host's current code. */
export async function attendMeeting(input: { meetingId: string; code: string }): Promise<AttendResult> {
  const { member, user } = await loadMember();
  const meeting = await meetingInScope(input.meetingId, member);
  const now = new Date();
  requireSignInOpen(meeting, now);
  if (!codeMatches(await secretOf(meeting), meeting._id, input.code, now)) throw refusal('SIGN_IN_CODE_WRONG');
  return signIn(meeting, user, { via: 'code' }, now);
}

/** 点名: whoever runs the meeting ticks a person of its scope present. */
export async function rollCall(input: { meetingId: string; userId: string }): Promise<AttendResult> {
  const { member } = await loadMember();
  const meeting = await meetingToRun(input.meetingId, member);
  const now = new Date();
  requireSignInOpen(meeting, now);
  const person = await findById('users', input.userId, userDoc);
  if (!person || person.communityId !== member.communityId) throw notFound('人员');
  if (!inScope(await memberOf(person), meeting)) throw refusal('ATTENDEE_OUT_OF_SCOPE');
  return signIn(meeting, person, { via: 'roll', markedById: member.userId }, now);
}

/** The code for the host's QR code now, and when to fetch the next one. */
export async function currentSignInCode(input: { meetingId: string }) {
  const { member } = await loadMember();
  const meeting = await meetingToRun(input.meetingId, member);
  const now = new Date();
  requireSignInOpen(meeting, now);
  return {
    code: codeFor(await secretOf(meeting), meeting._id, codePeriod(now)),
    refreshAt: codeRefreshAt(now).toISOString(),
    opensAt: signInOpensAt(meeting).toISOString(),
    closesAt: signInClosesAt(meeting).toISOString(),
  };
}

async function signIn(
  meeting: MeetingDoc,
  person: UserDoc,
  how: Pick<AttendanceDoc, 'via' | 'markedById'>,
  at: Date,
): Promise<AttendResult> {
  const holder = await holderOf(person);
  const { meeting: amount } = await loadPointSettings(meeting.communityId);
  const _id = attendanceIdFor(meeting._id, person._id);
  return inTransaction(async (tx) => {
    const existing = await txGet(tx, 'meeting_attendance', _id);
    if (existing) return { attended: true, points: 0, at: attendanceDoc.parse(existing).at.toISOString() };
    // The id goes in doc(); a set() whose data repeats `_id` is refused (INVALID_PARAM).
    const record: Omit<AttendanceDoc, '_id'> = {
      communityId: meeting.communityId,
      meetingId: meeting._id,
      userId: person._id,
      name: person.name,
      at,
      ...how,
    };
    await tx.collection('meeting_attendance').doc(_id).set({ data: record });
    let points = 0;
    // An unconfirmed address earns nothing (domain/residence.ts): the sign-in still counts.
    if (amount > 0 && holder.earns) {
      const { created } = await postEntry(tx, {
        _id: causes.meeting(meeting._id, person._id),
        holder,
        kind: 'earn',
        amount,
        area: 'deliberation',
        reason: `参加议事：${meeting.title}`,
        actorId: how.markedById ?? 'system',
        at,
      });
      if (created) points = amount;
    }
    return { attended: true as const, points, at: at.toISOString() };
  });
}
