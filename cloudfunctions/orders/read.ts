/**
 * get: one order with its timeline, as the caller may see it.
 * list: pages of at most 20, newest first, by view —
 *   mine (filed by or for me), tasks (taken by me), pool (what I may grab), grid (my grids, for grid
 *   workers), community (admins; departments see what was transferred), overdue (grid workers, admins),
 *   proxied (我代办的: filed by me for a resident), rectify (整改 queue: my grids, or all for admins).
 */
import type { ListView, OrderStatus, OrderView } from '../../types/orders';
import type { Page } from '../../types/envelope';
import { isCommunityAdmin, hasRole, type Actor } from '../../domain/actor';
import { visibility } from '../../domain/orders/permissions';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, newestFirst, orderedBy, pageFrom } from '../_shared/cursor';
import { denied } from '../_shared/failure';
import { fetchDocs } from '../_shared/records';
import { loadOrder } from './load';
import { orderDoc } from '../_shared/orders/model';
import { orderView } from './view';

const PAGE_SIZE = 20;
/** Newest first, stable while new orders arrive. */
const ORDER = newestFirst('createdAt');
export type { ListView };

export async function getOrder(input: { orderId: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  const level = visibility(actor, order);
  if (level === 'none') throw denied('您无权查看这条诉求');
  return { order: orderView(order, level) };
}

export async function listOrders(input: {
  view: ListView;
  status?: OrderStatus;
  cursor?: string;
}): Promise<Page<OrderView>> {
  const actor = await loadActor();
  const _ = db().command;
  const conditions: object[] = [{ communityId: actor.communityId }, scopeOf(actor, input.view)];
  if (input.status) conditions.push({ status: input.status });
  if (input.cursor) conditions.push(afterCursor(input.cursor, ORDER));
  const docs = await fetchDocs(
    orderedBy(db().collection('orders').where(_.and(conditions)), ORDER).limit(PAGE_SIZE + 1),
  );
  return pageFrom(
    docs.map((d) => orderDoc.parse(d)),
    PAGE_SIZE,
    ORDER,
    (o) => orderView(o, visibility(actor, o) === 'full' ? 'full' : 'masked', false),
  );
}

function gridsWhere(actor: Actor, role: 'grid_worker' | 'party_member' | 'property'): string[] {
  return actor.grants.filter((g) => g.role === role && g.scope.gridId).map((g) => g.scope.gridId as string);
}

/** The query that bounds a view to what the caller may see; PERMISSION_DENIED where a view is not theirs. */
function scopeOf(actor: Actor, view: ListView): object {
  const _ = db().command;
  const workerGrids = gridsWhere(actor, 'grid_worker');
  switch (view) {
    case 'mine':
      return _.or([{ residentId: actor.userId }, { filedById: actor.userId }]);
    case 'tasks':
      return { takerId: actor.userId };
    case 'pool': {
      const grabGrids = [...workerGrids, ...gridsWhere(actor, 'party_member')];
      const propertyGrids = gridsWhere(actor, 'property');
      if (!grabGrids.length && !propertyGrids.length) throw denied('抢单大厅仅对党员、网格员和物业开放');
      return _.and([
        { status: 'dispatched' },
        _.or([{ gridId: _.in(grabGrids) }, { gridId: _.in(propertyGrids), category: 'property' }]),
      ]);
    }
    case 'grid':
      if (!workerGrids.length) throw denied('仅网格员可以查看网格诉求');
      return { gridId: _.in(workerGrids) };
    case 'proxied':
      return { proxyId: actor.userId };
    case 'rectify':
      if (isCommunityAdmin(actor)) return { status: 'rectifying' };
      if (workerGrids.length) return { status: 'rectifying', gridId: _.in(workerGrids) };
      throw denied('仅网格员和社区管理员可以查看整改诉求');
    case 'community':
      if (isCommunityAdmin(actor)) return {};
      if (hasRole(actor, 'department')) return { status: 'transferred' };
      throw denied('仅社区管理员可以查看全部诉求');
    case 'overdue': {
      // levels are 0 | 1 | 2 (domain/orders/deadlines.ts): an $in, not a range, so the overdue index
      // (communityId, overdueLevel, status, createdAt, _id) serves it with the sort
      const open = { overdueLevel: _.in([1, 2]), status: _.in(['submitted', 'dispatched', 'taken']) };
      if (isCommunityAdmin(actor)) return open;
      if (workerGrids.length) return { ...open, gridId: _.in(workerGrids) };
      throw denied('仅网格员和社区管理员可以查看超时诉求');
    }
  }
}
