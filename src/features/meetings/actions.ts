/**
 * Which buttons a person sees on a meeting, by role and step. Each rule is the function's own:
 * the step rule is domain/meetings/steps.ts (stepOpen), who runs a meeting is
 * domain/meetings/permissions.ts (mayManage); this only puts them together for the page. The
 * function still decides. Pure.
 */
import type { Actor } from '../../../domain/actor';
import { mayManage } from '../../../domain/meetings/permissions';
import { stepOpen, type StepAction } from '../../../domain/meetings/steps';
import type { DecisionView, MeetingDetail, MeetingView } from '../../../types/meetings';
import { inCommunityOf } from '../viewer';

export type MeetingAction = 'attend' | 'propose' | 'advance' | 'record' | 'decide' | 'publish' | 'progress';

/** Community admins run every meeting; grid workers run their own grid's. */
export const mayRun = (viewer: Actor, m: Pick<MeetingView, 'gridId'>): boolean =>
  mayManage(viewer, inCommunityOf(m, viewer));

/** The actions open to this viewer on this meeting now, most important first. */
export function meetingActions(detail: MeetingDetail, viewer: Actor): MeetingAction[] {
  const m = detail.meeting;
  const allows = (a: StepAction) => stepOpen(m.type, m.step, a);
  const runs = mayRun(viewer, m);
  const signedIn = detail.attendees.some((a) => a.userId === viewer.userId);
  const out: MeetingAction[] = [];
  if (allows('attend') && !signedIn) out.push('attend');
  if (allows('propose')) out.push('propose');
  if (runs) {
    if (allows('record')) out.push('record');
    if (allows('decide')) out.push('decide');
    // Publishing again only makes sense while some decision is not yet public.
    if (allows('publish') && (!m.publishedAt || detail.decisions.some((d) => !d.published))) out.push('publish');
    if (detail.decisions.some((d) => !d.done)) out.push('progress');
    if (m.step !== 'finished') out.push('advance');
  }
  return out;
}

/** "已超期", "已落实", or "" while it is on time. */
export function decisionFlag(
  d: Pick<DecisionView, 'done' | 'overdue'>,
): { text: string; tone: 'done' | 'alert' } | null {
  if (d.done) return { text: '已落实', tone: 'done' };
  if (d.overdue) return { text: '已超期', tone: 'alert' };
  return null;
}
