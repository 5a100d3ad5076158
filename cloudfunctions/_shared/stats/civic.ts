/**
 * Meetings, decisions and notices move the 数据看板 counters right after the conditional write that
 * changed them (as orders do: counters.ts), by facts(after) − facts(before) of domain/stats/civic-facts.ts.
 * Never throws: the change has committed; stats-timer recounts and repairs.
 */
import { civicScopes, decisionFacts, meetingFacts } from '../../../domain/stats/civic-facts';
import { factsDelta, type Facts } from '../../../domain/stats/order-facts';
import type { MeetingStep, MeetingType } from '../../../types/meetings';
import { moveStats, movesFor } from './counters';

type Meeting = { communityId: string; gridId?: string; type: MeetingType; step: MeetingStep; startsAt: Date };
type Decision = {
  communityId: string;
  gridId?: string;
  done: boolean;
  dueAt: Date;
  progress: readonly { at: Date; done: boolean }[];
  createdAt: Date;
};

export function countMeetingChange(before: Meeting | null, after: Meeting): Promise<void> {
  const delta = factsDelta(meetingFacts(after), before ? meetingFacts(before) : {});
  return moveStats(movesFor(after.communityId, after.startsAt, civicScopes(after.gridId), delta));
}

export function countDecisionChange(before: Decision | null, after: Decision): Promise<void> {
  const delta = factsDelta(decisionFacts(after), before ? decisionFacts(before) : {});
  return moveStats(movesFor(after.communityId, after.createdAt, civicScopes(after.gridId), delta));
}

/** A notice posted (households reached) or read by one more household, in the month it was posted. */
export function countNotice(notice: { communityId: string; createdAt: Date }, delta: Facts): Promise<void> {
  return moveStats(movesFor(notice.communityId, notice.createdAt, ['all'], delta));
}
