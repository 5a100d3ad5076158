/**
 * Which buttons a person sees on a meeting, by role and step. Each rule is the function's own:
 * the step rule is domain/meetings/steps.ts (stepOpen), who runs a meeting is
 * domain/meetings/permissions.ts (mayManage); this only puts them together for the page. The
 * function still decides. Pure.
 */
import type { Actor } from '../../../domain/actor';
import { mayManage } from '../../../domain/meetings/permissions';
import { stepOpen, type StepAction } from '../../../domain/meetings/steps';
import { signInAllows } from '../../../domain/meetings/attendance';
import type { Refused } from '../../../types/refusals';
import type { DecisionView, MeetingDetail, MeetingView } from '../../../types/meetings';
import { inCommunityOf } from '../viewer';

export type MeetingAction =
  'attend' | 'showCode' | 'roll' | 'minutes' | 'propose' | 'advance' | 'record' | 'decide' | 'publish' | 'progress';

/** The function's own sign-in window (domain/meetings/attendance.ts), for the meeting as shown. */
export const signInState = (m: Pick<MeetingView, 'type' | 'step' | 'startsAt'>, now: Date): Refused | null =>
  signInAllows({ type: m.type, step: m.step, startsAt: new Date(m.startsAt) }, now);

/** Community admins run every meeting; grid workers run their own grid's. */
export const mayRun = (viewer: Actor, m: Pick<MeetingView, 'gridId'>): boolean =>
  mayManage(viewer, inCommunityOf(m, viewer));

/**
 * The actions open to this viewer on this meeting now, most important first. 签到 (attend) and the
 * host's 签到码 and 点名 only while the meeting takes sign-ins; 纪要 once it has begun deliberating.
 */
export function meetingActions(detail: MeetingDetail, viewer: Actor, now: Date = new Date()): MeetingAction[] {
  const m = detail.meeting;
  const allows = (a: StepAction) => stepOpen(m.type, m.step, a);
  const runs = mayRun(viewer, m);
  const signedIn = detail.attendees.some((a) => a.userId === viewer.userId);
  const signInOpen = allows('attend') && signInState(m, now) === null;
  const out: MeetingAction[] = [];
  if (signInOpen && !signedIn) out.push('attend');
  if (allows('propose')) out.push('propose');
  if (hasMinutes(m)) out.push('minutes');
  if (runs) {
    if (signInOpen) out.push('showCode', 'roll');
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

/** A meeting has minutes to read and share once it has reached deliberation (notes, decisions). */
export const hasMinutes = (m: Pick<MeetingView, 'type' | 'step'>): boolean =>
  stepOpen(m.type, m.step, 'record') || m.step === 'finished';
