/**
 * Who may do what to an order (issue #3). Pure questions over the actor's grants and the order's
 * place; the function answers PERMISSION_DENIED when one says no. Another community's order never
 * reaches these checks: the function answers NOT_FOUND first.
 */
import type { Actor, Place } from '../actor';
import { covers, isCommunityAdmin } from '../actor';
import type { Category } from '../../types/orders';

export interface OrderFacts {
  communityId: string;
  gridId: string;
  buildingId: string;
  category: Category;
  residentId: string;
  filedById: string;
  takerId?: string;
  departmentId?: string;
  /** 代办人: the building leader or grid worker who filed it for the resident. */
  proxyId?: string;
}

const placeOf = (o: OrderFacts): Place => ({ communityId: o.communityId, gridId: o.gridId, buildingId: o.buildingId });

export const isOwner = (a: Pick<Actor, 'userId'>, o: Pick<OrderFacts, 'residentId' | 'filedById'>) =>
  a.userId === o.residentId || a.userId === o.filedById;
export const isGridWorkerOf = (a: Actor, o: OrderFacts) => covers(a, 'grid_worker', placeOf(o));
export const isAdminOf = (a: Actor, o: OrderFacts) => a.communityId === o.communityId && isCommunityAdmin(a);
/**
 * The department an order is transferred to (转交办理类): its `departmentId` is this person, who holds
 * the department role in the order's community. Every other department is a stranger to the order.
 */
export const isDepartmentOf = (a: Actor, o: Pick<OrderFacts, 'communityId' | 'departmentId'>) =>
  !!o.departmentId && a.userId === o.departmentId && covers(a, 'department', { communityId: o.communityId });

/** 抢单: party members and grid workers of the grid; property staff of the grid for property orders. */
export function mayGrab(a: Actor, o: OrderFacts): boolean {
  const place = placeOf(o);
  if (covers(a, 'party_member', place) || covers(a, 'grid_worker', place)) return true;
  return o.category === 'property' && covers(a, 'property', place);
}

/** 派给某人: the grid's worker or an admin, to someone who could have grabbed it. */
export const mayAssign = (a: Actor, o: OrderFacts) => isGridWorkerOf(a, o) || isAdminOf(a, o);
export const mayDispatch = (a: Actor, o: OrderFacts) => isAdminOf(a, o);
/** 办结: the taker — or, for a transfer, its department (which is never a taker: it earns no points). */
export const mayComplete = (a: Actor, o: OrderFacts) => (!!o.takerId && a.userId === o.takerId) || isDepartmentOf(a, o);
export const mayRate = (a: Actor, o: OrderFacts) => isOwner(a, o);
/** 整改回复: the grid's worker or an admin; for a transfer, its department answers for its own result too. */
export const mayRectify = (a: Actor, o: OrderFacts) => isGridWorkerOf(a, o) || isAdminOf(a, o) || isDepartmentOf(a, o);
/** 受理 and 答复: only the department the order is transferred to. */
export const mayAccept = (a: Actor, o: OrderFacts) => isDepartmentOf(a, o);
export const mayRespond = (a: Actor, o: OrderFacts) => isDepartmentOf(a, o);
export const mayCancel = (a: Actor, o: OrderFacts) => isOwner(a, o);
/** 等待居民: the taker stops the clock (only a taker: a department's transfer keeps its own dates). */
export const mayWait = (a: Actor, o: OrderFacts) => !!o.takerId && a.userId === o.takerId;
/** The clock starts again when the taker, or the resident (or who filed for her), says so. */
export const mayResume = (a: Actor, o: OrderFacts) => mayWait(a, o) || isOwner(a, o);
/** 确认已解决 / 仍不满意 after a 整改 reply: the resident, or her 代办人 when she asks (like rating). */
export const mayConfirm = (a: Actor, o: OrderFacts) => isOwner(a, o);
/** 退单: the taker gives it back, or the grid's worker or an admin takes it off them; a reason is required. */
export const mayHandBack = (a: Actor, o: OrderFacts) => mayComplete(a, o) || isGridWorkerOf(a, o) || isAdminOf(a, o);
/** 改派: the grid's worker or an admin passes a taken order to someone else who could have grabbed it. */
export const mayReassign = (a: Actor, o: OrderFacts) => isGridWorkerOf(a, o) || isAdminOf(a, o);
/** 整改 queue and 网格诉求: the grid's worker for their grid, admins for the whole community. */
export const mayWatchGrid = (a: Actor, o: OrderFacts) => isGridWorkerOf(a, o) || isAdminOf(a, o);

/**
 * While someone works on the order (or it awaits the resident's word), those who see it in full — the
 * resident or who filed for her, the staff over it, the taker — are given the taker's number, so she
 * can ring him (拨打电话). Masked views never carry it; once closed it is no longer given.
 */
export const takerReachable = (status: string) =>
  ['taken', 'waiting', 'completed', 'rectifying', 'rectified'].includes(status);

/**
 * What of an order one may see: 'full' (phone and room as given), 'masked' (the pool's view for
 * those who may grab it: category, content and building, phone and room masked), or 'none'.
 * A department sees only the orders transferred to it (issue 12, point 4), in every status.
 */
export function visibility(a: Actor, o: OrderFacts & { status: string }): 'full' | 'masked' | 'none' {
  if (a.communityId !== o.communityId) return 'none';
  if (isOwner(a, o) || isAdminOf(a, o) || isGridWorkerOf(a, o) || (o.takerId && a.userId === o.takerId)) return 'full';
  if (isDepartmentOf(a, o)) return 'full';
  if (mayGrab(a, o)) return 'masked';
  return 'none';
}

/**
 * 代办: a building leader for a resident of their building, a grid worker for one of their grid.
 * `home` is where the resident is registered (their user record, confirmed), never a place the filer
 * names; a resident without a registered home cannot be filed for.
 */
export function mayFileFor(a: Actor, home: Place): boolean {
  if (!home.buildingId || !home.gridId) return false;
  return covers(a, 'building_leader', home) || covers(a, 'grid_worker', home);
}

/** The 代办人 of this order (they follow it, and rate it when the resident asks them to). */
export const isProxyOf = (a: Pick<Actor, 'userId'>, o: Pick<OrderFacts, 'proxyId'>) =>
  !!o.proxyId && a.userId === o.proxyId;
