/**
 * The 工作台's numbers (抢单大厅 3, 派单台 5, 整改 1, a department's 转交事项 2): for each tile this person has, how many orders
 * wait on its page — counted over the very scope the page lists (scopes.ts), so the number on the
 * tile is what the page shows. Each is one indexed count; a view that is not theirs is left out.
 */
import type { WorkCounts } from '../../../types/user';
import type { ListView, OrderStatus } from '../../../types/orders';
import { hasRole, isCommunityAdmin, type Actor } from '../../../domain/actor';
import { db } from '../cloud';
import { AppFailure } from '../failure';
import { scopeOf } from './scopes';

const TILES: { key: keyof WorkCounts; view: ListView; status?: OrderStatus[] }[] = [
  { key: 'grabHall', view: 'pool' },
  { key: 'dispatch', view: 'community', status: ['submitted'] },
  { key: 'rectify', view: 'rectify' },
  // A department's open transfers: to accept (已转交) or in hand (办理中).
  { key: 'transfers', view: 'community', status: ['transferred', 'handling'] },
];

export async function workCounts(actor: Actor): Promise<WorkCounts> {
  const _ = db().command;
  const counts = await Promise.all(
    TILES.map(async ({ key, view, status }) => {
      let scope: object;
      try {
        scope = scopeOf(actor, view);
      } catch (error) {
        if (error instanceof AppFailure) return [key, undefined] as const;
        throw error;
      }
      // A department's 'community' view is its transfers, not the 派单台: admins only count that one.
      if (key === 'dispatch' && !isCommunityAdmin(actor)) return [key, undefined] as const;
      // …and a department counts its transfers (an admin's 'community' view is everything).
      if (key === 'transfers' && (isCommunityAdmin(actor) || !hasRole(actor, 'department')))
        return [key, undefined] as const;
      const where = [{ communityId: actor.communityId }, scope, ...(status ? [{ status: _.in(status) }] : [])];
      const res = (await db().collection('orders').where(_.and(where)).count()) as { total: number };
      return [key, res.total] as const;
    }),
  );
  return Object.fromEntries(counts.filter(([, n]) => n !== undefined)) as WorkCounts;
}
