/**
 * 爱心超市 rules as pure functions. A redemption holds one unit of stock and the item's cost in
 * points from the moment it is made; it ends exactly once, as fulfilled (核销, the hold is kept),
 * cancelled or expired (the hold comes back, by a refund entry and +1 stock).
 */
import type { RedemptionStatus } from '../../types/points';
import { refuse, type Refused } from '../../types/refusals';

const DAY_MS = 24 * 3600_000;

export interface ItemFacts {
  name: string;
  cost: number;
  stock: number;
  limitPerPerson?: number;
}

export type MallCheck = { ok: true } | Refused;

/** Nothing left to take. (The 爱心超市 page greys 兑换 on the same rule.) */
export const outOfStock = (item: Pick<ItemFacts, 'stock'>): boolean => item.stock < 1;
/** The balance does not cover the cost. (The page greys 兑换 on the same rule, with the balance it read.) */
export const tooFewPoints = (item: Pick<ItemFacts, 'cost'>, balance: number): boolean => balance < item.cost;

/**
 * May this person take one unit now? `alreadyHeld` counts their pending and fulfilled redemptions
 * of the item (cancelled and expired ones give their quota back).
 */
export function checkRedeem(item: ItemFacts, balance: number, alreadyHeld: number): MallCheck {
  if (outOfStock(item)) return refuse('STOCK_EXHAUSTED', `「${item.name}」已兑完`);
  if (item.limitPerPerson !== undefined && alreadyHeld >= item.limitPerPerson) {
    return refuse('REDEEM_LIMIT_REACHED', `「${item.name}」每人限兑 ${item.limitPerPerson} 件`);
  }
  if (tooFewPoints(item, balance))
    return refuse('POINTS_INSUFFICIENT', `积分不足：需要 ${item.cost} 分，当前 ${balance} 分`);
  return { ok: true };
}

export const expiryOf = (createdAt: Date, days: number): Date => new Date(createdAt.getTime() + days * DAY_MS);

export interface RedemptionFacts {
  status: RedemptionStatus;
  expiresAt: Date;
}

const ENDED = {
  fulfilled: 'REDEMPTION_FULFILLED',
  cancelled: 'REDEMPTION_CANCELLED',
  expired: 'REDEMPTION_EXPIRED',
} as const satisfies Record<Exclude<RedemptionStatus, 'pending'>, string>;

/** 核销 needs a pending redemption that has not passed its expiry (the timer refunds those). */
export function checkVerify(r: RedemptionFacts, now: Date): MallCheck {
  if (r.status !== 'pending') return refuse(ENDED[r.status]);
  if (r.expiresAt.getTime() <= now.getTime()) return refuse(ENDED.expired);
  return { ok: true };
}

/** A resident may cancel while pending; the timer expires pending ones past their expiry. */
export function checkRelease(r: RedemptionFacts, to: 'cancelled' | 'expired', now: Date): MallCheck {
  if (r.status !== 'pending') return refuse(ENDED[r.status]);
  if (to === 'expired' && r.expiresAt.getTime() > now.getTime()) return refuse('REDEMPTION_NOT_EXPIRED');
  return { ok: true };
}
