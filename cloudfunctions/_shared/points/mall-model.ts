/**
 * Stored documents of the 爱心超市, parsed on every read, shared by `points` and `points-timer`.
 * Accounts and entries: _shared/points-ledger.ts; stock holds: holds.ts.
 */
import { z } from 'zod';
import { REDEMPTION_STATUSES } from '../../../types/points';

export const ITEMS = 'mall_items';
export const REDEMPTIONS = 'redemptions';
export const QUOTAS = 'mall_quotas';
const date = z.coerce.date();

export const itemDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  name: z.string(),
  image: z.string().optional(),
  cost: z.number(),
  /** Units that can still be redeemed; a pending redemption holds one. Never below 0. */
  stock: z.number(),
  /**
   * Units ever put on the shelf (the first stock plus every admin change to it). Reconciliation:
   * stock + holds in flight + pending + fulfilled redemptions = supplied. Absent on older items.
   */
  supplied: z.number().optional(),
  /**
   * Units taken off `stock` by a redeem that has not finished yet, by redemption id: written in the
   * same atomic update as the decrement, so a crash between taking the unit and recording the
   * redemption leaves this evidence, and points-timer gives the unit back (holds.ts).
   */
  holds: z.record(z.string(), z.object({ token: z.string(), at: date })).optional(),
  limitPerPerson: z.number().optional(),
  /** 参考价值 in whole 分 (domain/points/money.ts), where the admin set one. */
  valueFen: z.number().int().optional(),
  createdAt: date,
  updatedAt: date,
});
export type ItemDoc = z.infer<typeof itemDoc>;

export const redemptionDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  userId: z.string(),
  userName: z.string(),
  /** The holder's grid when redeeming, so a refund lands on the same board as the spend. */
  gridId: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  cost: z.number(),
  /** The item's 参考价值 (分) when redeemed: what its collection adds to the 数据看板's ¥ figure. */
  valueFen: z.number().int().optional(),
  code: z.string(),
  status: z.enum(REDEMPTION_STATUSES),
  requestId: z.string(),
  /** The stock hold this redemption was made from (holds.ts): a hold with another token was a twin's. */
  holdToken: z.string().optional(),
  createdAt: date,
  expiresAt: date,
  /** When and by whom it was fulfilled, cancelled or expired ('system' for the timer). */
  closedAt: date.optional(),
  closedBy: z.string().optional(),
});
export type RedemptionDoc = z.infer<typeof redemptionDoc>;

/** How many units of an item a person holds (pending + fulfilled): the per-person limit's counter. */
export const quotaDoc = z.object({ _id: z.string(), itemId: z.string(), userId: z.string(), count: z.number() });
export type QuotaDoc = z.infer<typeof quotaDoc>;
