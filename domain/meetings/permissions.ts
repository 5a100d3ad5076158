/**
 * Who may do what with meetings (issue #5). A meeting is community-wide (no gridId) or belongs to one
 * grid. Community admins run every meeting of their community; grid workers run their grid's.
 * Everyone of the community is in scope of a community-wide meeting; of a grid meeting, those who
 * live in the grid or hold a grant over it, and the admins. Another community's meeting never
 * reaches these checks: the function answers NOT_FOUND first.
 */
import { covers, isCommunityAdmin, rolesOf, type Actor } from '../actor';

/** The actor plus the grid of the building they live in ('' when they have not chosen one). */
export interface Member extends Actor {
  homeGridId: string;
}

export interface MeetingPlace {
  communityId: string;
  gridId?: string;
}

const isAdminOf = (m: Actor, p: MeetingPlace) => m.communityId === p.communityId && isCommunityAdmin(m);

/** May run (create, review for, advance, record, decide, publish) a meeting at this place. */
export function mayManage(m: Actor, p: MeetingPlace): boolean {
  if (isAdminOf(m, p)) return true;
  return Boolean(p.gridId) && covers(m, 'grid_worker', { communityId: p.communityId, gridId: p.gridId });
}

/** The grids a member belongs to: where they live, and every grid a grant of theirs names. */
export function gridsOf(m: Member): string[] {
  const granted = rolesOf(m).flatMap((g) => (g.scope.gridId ? [g.scope.gridId] : []));
  return [...new Set([m.homeGridId, ...granted].filter(Boolean))];
}

/** May propose to, attend and read a meeting (and its published decisions) at this place. */
export function inScope(m: Member, p: MeetingPlace): boolean {
  if (m.communityId !== p.communityId) return false;
  if (!p.gridId || isAdminOf(m, p)) return true;
  return gridsOf(m).includes(p.gridId);
}

/** Progress on a decision: its owner, or whoever runs the meeting. */
export function mayReport(m: Member, d: MeetingPlace & { ownerId: string }): boolean {
  return m.communityId === d.communityId && (m.userId === d.ownerId || mayManage(m, d));
}

/**
 * Topics born from a resident's order (转交办理类, issue 12 point 3) carry the resident's name, room
 * and complaint. In full they are seen only by whoever runs the meeting, the departments (职能部门,
 * who sit in a 联席会议 to take the transfers) and the resident who filed it; everyone else sees a
 * masked summary (view.ts maskedTopic).
 */
export function mayReadOrderTopic(m: Member, meeting: MeetingPlace, topic: { proposerId: string }): boolean {
  if (m.communityId !== meeting.communityId) return false;
  if (m.userId === topic.proposerId || mayManage(m, meeting)) return true;
  return covers(m, 'department', { communityId: meeting.communityId });
}

/** Who signed in, by name: whoever runs the meeting; others see how many, and themselves. */
export const mayReadRoll = (m: Actor, meeting: MeetingPlace): boolean => mayManage(m, meeting);
