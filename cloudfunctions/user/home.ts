/**
 * home: the home screen (工作台) in one call. Login's answer (it signs a newcomer in just as login
 * does), plus what the home shows beside it: the name of one's building, one's points, and how many
 * notices reaching one's home one has not opened, and the community's org tree (grid and building
 * names), which the pages opened from the home then need not ask for, and the numbers on the work
 * tiles (抢单大厅, 派单台, 整改: how many orders wait on each page). Scopes as in `points.balance` (one's own figures)
 * and `notices.list` (what reaches one's building, grid and community; the first page only).
 */
import type { OrgTree } from '../../types/org';
import type { HomeResult } from '../../types/user';
import { actorFrom } from '../_shared/actor';
import { homeOf, unreadOnFirstPage } from '../_shared/notice-feed';
import { orgTreeOf } from '../_shared/org-tree';
import { balanceOf } from '../_shared/points-balance';
import { workCounts } from '../_shared/orders/work-counts';
import { signIn } from './login';
import { loginView } from './view';

export async function home(): Promise<HomeResult> {
  const { user, community } = await signIn();
  const actor = actorFrom(user);
  const where = await homeOf(actor);
  const [points, unreadNotices, org, work] = await Promise.all([
    balanceOf(community._id, actor),
    unreadOnFirstPage(actor, where),
    orgTreeOf(community._id),
    workCounts(actor),
  ]);
  // A claim waiting for 认证 reaches no building (actor.buildingId is ''), but the greeting names it.
  const buildingName = where.buildingName || claimedBuildingName(org, user.buildingId);
  return { ...loginView(user, community), buildingName, points, unreadNotices, org, work };
}

function claimedBuildingName(org: OrgTree, buildingId: string): string {
  if (!buildingId) return '';
  for (const g of org.grids) for (const b of g.buildings) if (b._id === buildingId) return b.name;
  return '';
}
