/**
 * advance: the meeting moves exactly one step, as a conditional update keyed on the step it was
 * read in, so of two racing taps one moves it and the other gets CONFLICT, reason MEETING_STEP_MOVED
 * (never a skipped step).
 * A 逢四说事 that finishes schedules the next one.
 */
import type { MeetingView } from '../../types/meetings';
import { nextStep } from '../../domain/meetings/steps';
import { db } from '../_shared/cloud';
import { failureOf, refusal } from '../_shared/failure';
import { scheduleNextFixedDay } from './create';
import { loadMember, meetingToRun } from './member';
import { meetingView } from './view';
import { countMeetingChange } from '../_shared/stats/civic';

export async function advanceMeeting(input: { meetingId: string }): Promise<{ meeting: MeetingView }> {
  const { member } = await loadMember();
  const meeting = await meetingToRun(input.meetingId, member);
  const move = nextStep(meeting.type, meeting.step);
  if (!move.ok) throw failureOf(move);
  const now = new Date();
  const res = (await db()
    .collection('meetings')
    .where({ _id: meeting._id, step: meeting.step })
    .update({ data: { step: move.to, updatedAt: now } })) as { stats: { updated: number } };
  if (res.stats.updated !== 1) throw refusal('MEETING_STEP_MOVED');
  const moved = { ...meeting, step: move.to, updatedAt: now };
  await countMeetingChange(meeting, moved); // 已召开 once past deliberation (never throws)
  if (moved.type === 'fixed_day' && moved.step === 'finished') await scheduleNextFixedDay(moved, member);
  return { meeting: meetingView(moved) };
}
