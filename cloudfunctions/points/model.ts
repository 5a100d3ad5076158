/** Stored documents of the 爱心超市, parsed on every read. Accounts and entries: _shared/points-ledger.ts. */
import { z } from 'zod';
import { REDEMPTION_STATUSES } from '../../types/points';

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
  limitPerPerson: z.number().optional(),
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
  code: z.string(),
  status: z.enum(REDEMPTION_STATUSES),
  requestId: z.string(),
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
