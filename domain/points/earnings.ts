/**
 * What an order earns, and whom (issue: points, "Earning is automatic"): the resident who rates it
 * earns `rating` once it is rated (closed, or rectifying after a bad rating); the taker earns
 * `orderTaker` once it is closed. An answered order (回复解释类) has no taker and earns no taker
 * award. Each earning is named by its cause, so posting it again writes nothing.
 */
import { CATEGORY_TABLE, type Category, type OrderStatus } from '../../types/orders';
import type { PointArea, PointSettings } from '../../types/points';
import { causes } from './causes';

export interface OrderPointsFacts {
  _id: string;
  status: OrderStatus;
  /** Named in the ledger's reason, so a person can tell which service earned what. */
  category?: Category;
  takerId?: string;
  /** Who rated it (the last `rate` on its timeline). */
  raterId?: string;
}

export interface Earning {
  cause: string;
  userId: string;
  amount: number;
  area: PointArea;
  reason: string;
}

/** Statuses an order is in once rated (a bad rating leads through 整改 to its close). */
export const RATED_STATUSES: readonly OrderStatus[] = ['closed', 'rectifying', 'rectified'];

/**
 * Statuses in which the taker's award is earned but not yet posted (待确认): the work is done and
 * waits for the resident's word, or for the timer to close it (issue 11, point 7).
 */
export const TAKER_PENDING_STATUSES: readonly OrderStatus[] = ['completed', 'rectifying', 'rectified'];

/** The taker's award still 待确认 on this order (0 when none is coming, or it is posted). */
export function pendingTakerPoints(order: { status: OrderStatus; takerId?: string }, settings: PointSettings): number {
  return order.takerId && TAKER_PENDING_STATUSES.includes(order.status) ? settings.orderTaker : 0;
}

/** The earnings due now, and whether the order is settled for good once they are posted. */
export function orderEarnings(order: OrderPointsFacts, settings: PointSettings): { due: Earning[]; settled: boolean } {
  const due: Earning[] = [];
  const what = order.category ? `：${CATEGORY_TABLE[order.category].label}` : '';
  const rated = RATED_STATUSES.includes(order.status);
  if (rated && order.raterId && settings.rating > 0) {
    due.push({
      cause: causes.rating(order._id),
      userId: order.raterId,
      amount: settings.rating,
      area: 'governance',
      reason: `评价诉求办理${what}`,
    });
  }
  if (order.status === 'closed' && order.takerId && settings.orderTaker > 0) {
    due.push({
      cause: causes.orderTaker(order._id),
      userId: order.takerId,
      amount: settings.orderTaker,
      area: 'volunteer',
      reason: `完成诉求服务${what}`,
    });
  }
  return { due, settled: order.status === 'closed' };
}

/** The rater is whoever made the order's last `rate` move. */
export function raterOf(timeline: readonly { action: string; actorId: string }[]): string | undefined {
  for (let i = timeline.length - 1; i >= 0; i -= 1) if (timeline[i].action === 'rate') return timeline[i].actorId;
  return undefined;
}
