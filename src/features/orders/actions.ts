/**
 * Which buttons a person sees on an order. Mirrors the function's rules (domain/orders/permissions.ts
 * and the state machine) so nobody is offered a button that can only fail; the function still
 * decides. Pure.
 */
import type { RoleGrant } from '../../../types/roles';
import type { OrderView } from '../../../types/orders';

export type OrderAction = 'cancel' | 'rate' | 'complete' | 'rectify' | 'grab' | 'dispatch' | 'assign';

export interface Viewer {
  userId: string;
  /** The grants from `user.login` (resident included). */
  roles: readonly RoleGrant[];
}

const holds = (roles: readonly RoleGrant[], role: RoleGrant['role'], gridId?: string) =>
  roles.some((g) => g.role === role && (gridId === undefined || g.scope.gridId === gridId));

export const isAdmin = (roles: readonly RoleGrant[]) => holds(roles, 'community_admin');

/** The resident it is for, or whoever filed it for them (代办). */
export function isOwner(order: Pick<OrderView, 'residentId' | 'filedById'>, viewer: Viewer): boolean {
  return order.residentId === viewer.userId || order.filedById === viewer.userId;
}

/** Who may take (grab, or be assigned) it: party members and grid workers of its grid; property staff of the grid for 物业服务. */
export function canTake(roles: readonly RoleGrant[], order: Pick<OrderView, 'gridId' | 'category'>): boolean {
  if (holds(roles, 'party_member', order.gridId) || holds(roles, 'grid_worker', order.gridId)) return true;
  return order.category === 'property' && holds(roles, 'property', order.gridId);
}

/** The actions open to this viewer on this order now, most important first. */
export function actionsFor(order: OrderView, viewer: Viewer): OrderAction[] {
  const owner = isOwner(order, viewer);
  const admin = isAdmin(viewer.roles);
  const gridWorker = holds(viewer.roles, 'grid_worker', order.gridId);
  const actions: OrderAction[] = [];
  switch (order.status) {
    case 'submitted':
      if (admin) actions.push('dispatch');
      if (owner) actions.push('cancel');
      break;
    case 'dispatched':
      if (canTake(viewer.roles, order)) actions.push('grab');
      // members.list (the people to choose from) is for admins only.
      if (admin) actions.push('assign');
      break;
    case 'taken':
      if (order.takerId === viewer.userId) actions.push('complete');
      break;
    case 'completed':
    case 'answered':
      if (owner) actions.push('rate');
      break;
    case 'rectifying':
      if (gridWorker || admin) actions.push('rectify');
      break;
  }
  return actions;
}
