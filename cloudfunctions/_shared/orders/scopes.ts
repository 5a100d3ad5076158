/**
 * What each list view of orders bounds the caller to (orders.list), and so what the 工作台's tiles
 * count (user.home): one definition for both. PERMISSION_DENIED where a view is not theirs.
 */
import type { ListView } from '../../../types/orders';
import { isCommunityAdmin, hasRole, type Actor } from '../../../domain/actor';
import { db } from '../cloud';
import { denied } from '../failure';

function gridsWhere(actor: Actor, role: 'grid_worker' | 'party_member' | 'property'): string[] {
  return actor.grants.filter((g) => g.role === role && g.scope.gridId).map((g) => g.scope.gridId as string);
}

/** The query that bounds a view to what the caller may see; PERMISSION_DENIED where a view is not theirs. */
export function scopeOf(actor: Actor, view: ListView): object {
  const _ = db().command;
  const workerGrids = gridsWhere(actor, 'grid_worker');
  switch (view) {
    case 'mine':
      // Filed by or for me. The filer is always the resident or the 代办人 (domain/orders/create.ts),
      // so "filed by me" is "proxyId is me": the two branches never share an order, and a page of
      // 20 reads about 21 (with filedById, self-filed orders matched both branches: twice as many).
      return _.or([{ residentId: actor.userId }, { proxyId: actor.userId }]);
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
      // A department: only what is transferred to it, in every status (issue 12, point 4).
      if (hasRole(actor, 'department')) return { departmentId: actor.userId };
      throw denied('仅社区管理员可以查看全部诉求');
    case 'overdue': {
      // levels are 0 | 1 | 2 (domain/orders/deadlines.ts): an $in, not a range, so the overdue index
      // (communityId, overdueLevel, status, createdAt, _id) serves it with the sort
      const open = {
        overdueLevel: _.in([1, 2]),
        status: _.in(['submitted', 'dispatched', 'taken', 'transferred', 'handling']),
      };
      if (isCommunityAdmin(actor)) return open;
      if (workerGrids.length) return { ...open, gridId: _.in(workerGrids) };
      throw denied('仅网格员和社区管理员可以查看超时诉求');
    }
  }
}
