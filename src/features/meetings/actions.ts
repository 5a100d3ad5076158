/**
 * Which buttons a person sees on a meeting, by role and step. The step rule mirrors the function's
 * (domain/meetings/steps.ts stepAllows; Taro compiles only src/ and types/, so it is restated here
 * from the same STEP_TABLE phases, and a unit test checks both agree on every type, step and action);
 * who runs a meeting mirrors domain/meetings/permissions.ts mayManage. The function still decides. Pure.
 */
import type { RoleGrant } from '../../../types/roles';
import {
  MEETING_PHASES,
  STEP_TABLE,
  type DecisionView,
  type MeetingDetail,
  type MeetingPhase,
  type MeetingStep,
  type MeetingType,
  type MeetingView,
} from '../../../types/meetings';

export type MeetingAction = 'attend' | 'propose' | 'advance' | 'record' | 'decide' | 'publish' | 'progress';

export type StepAction = 'propose' | 'attend' | 'record' | 'decide' | 'publish';

const rank = (p: MeetingPhase) => MEETING_PHASES.indexOf(p);

/**
 * Whether a meeting on this step takes the action. By phase: topics join before deliberation,
 * notes and decisions from deliberation on, publishing from the publish phase on (from deliberation
 * for types without one, 书记下午茶), nothing once finished.
 */
export function stepAllows(type: MeetingType, step: MeetingStep, action: StepAction): boolean {
  const rows = STEP_TABLE[type];
  const p = rank(rows.find((r) => r.step === step)?.phase ?? 'finished');
  if (p === rank('finished')) return false;
  switch (action) {
    case 'attend':
      return true;
    case 'propose':
      return p < rank('deliberate');
    case 'record':
    case 'decide':
      return p >= rank('deliberate');
    case 'publish':
      return p >= rank('publish') || (p >= rank('deliberate') && !rows.some((r) => r.phase === 'publish'));
  }
}

export const isCommunityAdmin = (roles: readonly RoleGrant[]) => roles.some((g) => g.role === 'community_admin');

/** Community admins run every meeting; grid workers run their own grid's. */
export function mayRun(roles: readonly RoleGrant[], m: Pick<MeetingView, 'gridId'>): boolean {
  if (isCommunityAdmin(roles)) return true;
  return !!m.gridId && roles.some((g) => g.role === 'grid_worker' && g.scope.gridId === m.gridId);
}

/** May open 议事管理 (create meetings, review topics): an admin, or a grid worker for their grids. */
export const mayManageMeetings = (roles: readonly RoleGrant[]) =>
  roles.some((g) => g.role === 'community_admin' || g.role === 'grid_worker');

export interface MeetingViewer {
  userId: string;
  roles: readonly RoleGrant[];
}

/** The actions open to this viewer on this meeting now, most important first. */
export function meetingActions(detail: MeetingDetail, viewer: MeetingViewer): MeetingAction[] {
  const m = detail.meeting;
  const allows = (a: StepAction) => stepAllows(m.type, m.step, a);
  const runs = mayRun(viewer.roles, m);
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
