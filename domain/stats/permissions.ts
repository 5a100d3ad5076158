/**
 * Who sees which community's 数据看板: a community admin their own community; a 街道管理员 each
 * community they hold a street_admin grant for (and the sum of them). Nobody else — the figures
 * are the community's, and no ranking of staff is shown. Pure.
 */
import type { Actor } from '../actor';
import { isCommunityAdmin } from '../actor';

export function dashboardCommunities(actor: Actor): string[] {
  const ids = new Set<string>();
  if (isCommunityAdmin(actor)) ids.add(actor.communityId);
  // A street grant names another community by id; it covers nothing else (domain/actor.ts `covers`
  // requires the actor's own community), so it opens only this read-only view.
  for (const g of actor.grants) if (g.role === 'street_admin' && g.scope.communityId) ids.add(g.scope.communityId);
  return [...ids].sort();
}

export const mayViewDashboard = (actor: Actor): boolean => dashboardCommunities(actor).length > 0;
