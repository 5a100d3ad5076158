/**
 * attend (签到): anyone in scope signs in while the meeting runs, and earns the community's
 * `meeting` points (default 5) through the ledger. The attendance record and the ledger entry
 * (cause `meeting:<meetingId>:<userId>`) are written in one transaction, both keyed by meeting and
 * person, so ten taps at once sign in once and earn once.
 */
import { causes } from '../../domain/points/causes';
import { attendanceIdFor } from '../_shared/ids/meetings';
import { stepAllows } from '../../domain/meetings/steps';
import { failureOf } from '../_shared/failure';
import { holderOf, loadPointSettings, postEntry } from '../_shared/points-ledger';
import { inTransaction, txGet } from '../_shared/transaction';
import { loadMember, meetingInScope } from './member';
import { attendanceDoc, type AttendanceDoc } from './model';

export async function attendMeeting(input: { meetingId: string }) {
  const { member, user } = await loadMember();
  const meeting = await meetingInScope(input.meetingId, member);
  const closed = stepAllows(meeting.type, meeting.step, 'attend');
  if (closed) throw failureOf(closed);
  const holder = await holderOf(user);
  const { meeting: amount } = await loadPointSettings(member.communityId);
  const _id = attendanceIdFor(meeting._id, member.userId);
  const at = new Date();
  return inTransaction(async (tx) => {
    const existing = await txGet(tx, 'meeting_attendance', _id);
    if (existing) return { attended: true, points: 0, at: attendanceDoc.parse(existing).at.toISOString() };
    // The id goes in doc(); a set() whose data repeats `_id` is refused (INVALID_PARAM).
    const record: Omit<AttendanceDoc, '_id'> = {
      communityId: meeting.communityId,
      meetingId: meeting._id,
      userId: member.userId,
      name: member.name,
      at,
    };
    await tx.collection('meeting_attendance').doc(_id).set({ data: record });
    let points = 0;
    if (amount > 0) {
      const { created } = await postEntry(tx, {
        _id: causes.meeting(meeting._id, member.userId),
        holder,
        kind: 'earn',
        amount,
        area: 'deliberation',
        reason: `参加议事：${meeting.title}`,
        actorId: 'system',
        at,
      });
      if (created) points = amount;
    }
    return { attended: true, points, at: at.toISOString() };
  });
}
