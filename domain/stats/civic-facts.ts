/**
 * What meetings, their decisions and building notices add to the 数据看板 counters (community scope,
 * and the grid when they belong to one). Pure, like order-facts.ts:
 *  - a meeting counts in the month it starts; it is 已召开 once it has moved past deliberation (its
 *    step's phase is 公布决策, 落实 or 已结束) — a meeting only scheduled is not yet held;
 *  - a decision counts in the month it was made; 按期落实 when reported done by the end of its due day;
 *  - a notice counts in the month it was posted, with the households it reached and how many of
 *    them have read it (阅读率 = read households / households reached).
 */
import type { MeetingStep, MeetingType } from '../../types/meetings';
import { rowOf } from '../meetings/steps';
import type { Facts } from './order-facts';

const HELD_PHASES = ['publish', 'implement', 'finished'];

export function meetingFacts(m: { type: MeetingType; step: MeetingStep }): Facts {
  const phase = m.step === 'finished' ? 'finished' : rowOf(m.type, m.step)?.phase;
  return phase && HELD_PHASES.includes(phase) ? { meetings: 1, meetingsHeld: 1 } : { meetings: 1 };
}

export function decisionFacts(d: {
  done: boolean;
  dueAt: Date;
  progress: readonly { at: Date; done: boolean }[];
}): Facts {
  const f: Facts = { decisions: 1 };
  const doneAt = d.done ? d.progress.find((p) => p.done)?.at : undefined;
  if (d.done) f.decisionsDone = 1;
  if (doneAt && doneAt <= d.dueAt) f.decisionsOnTime = 1;
  return f;
}

export const noticeFacts = (households: number, reads: number): Facts => ({
  notices: 1,
  ...(households ? { noticeHouseholds: households } : {}),
  ...(reads ? { noticeReads: reads } : {}),
});

export const civicScopes = (gridId?: string): string[] => (gridId ? ['all', `grid:${gridId}`] : ['all']);
