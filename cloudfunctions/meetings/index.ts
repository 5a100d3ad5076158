/** Function `meetings`: 议事 — 五步议事法, 书记下午茶, 逢四说事, 联席会议 — from topic to follow-up. */
import { meetingsEventSchema, type MeetingDetail, type MeetingsEvent } from '../../types/meetings';
import { defineFunction } from '../_shared/define-function';
import { advanceMeeting } from './advance';
import { attendMeeting, currentSignInCode, rollCall } from './attend';
import { readMinutes } from './minutes';
import { rollPeople } from './roll-people';
import { createMeeting } from './create';
import { decide, publishMeeting, recordNotes, reportProgress } from './decisions';
import { getMeeting, listMeetings, readBoard } from './read';
import { listTopics, proposeTopic, reviewTopic } from './topics';

export const main = defineFunction<MeetingsEvent>('meetings', meetingsEventSchema, {
  create: (e) => createMeeting(e),
  propose: async (e) => withDetail(await proposeTopic(e), e.meetingId),
  review: (e) => reviewTopic(e),
  advance: async (e) => withDetail(await advanceMeeting(e), e.meetingId),
  attend: async (e) => withDetail(await attendMeeting(e), e.meetingId),
  roll: async (e) => withDetail(await rollCall(e), e.meetingId),
  rollPeople: (e) => rollPeople(e),
  signInCode: (e) => currentSignInCode(e),
  minutes: (e) => readMinutes(e),
  record: async (e) => withDetail(await recordNotes(e), e.meetingId),
  decide: async (e) => withDetail(await decide(e), e.meetingId),
  publish: async (e) => withDetail(await publishMeeting(e), e.meetingId),
  progress: async (e) => {
    const done = await reportProgress(e);
    return withDetail(done, done.decision.meetingId);
  },
  get: (e) => getMeeting(e),
  list: (e) => listMeetings(e),
  board: (e) => readBoard(e),
  topics: (e) => listTopics(e),
});

/**
 * One call per action: an action on a meeting answers the meeting as its page shows it (topics,
 * decisions, sign-ins), so the page fetches nothing again. The action is already done when this
 * reads, so a failed read leaves `detail` out (the page then reads it) rather than failing the action.
 */
async function withDetail<R extends object>(
  result: R,
  meetingId: string | undefined,
): Promise<R & { detail?: MeetingDetail }> {
  if (!meetingId) return result;
  try {
    return { ...result, detail: await getMeeting({ meetingId }) };
  } catch (error) {
    console.error(
      `[meetings] detail after an action left out: ${String((error as { code?: unknown })?.code ?? 'unknown')}`,
    );
    return result;
  }
}
