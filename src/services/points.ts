/**
 * Typed calls of the `points` cloud function (积分银行 / 爱心超市 / 红榜). Events and results are the
 * types in types/points.ts; every call answers an Envelope, never throws.
 */
import type { Envelope, Page } from '../../types/envelope';
import type {
  AccountView,
  BoardPeriod,
  BoardScope,
  EntryView,
  ItemView,
  Leaderboard,
  PointsEvent,
  RedemptionStatus,
  RedemptionView,
} from '../../types/points';
import { callCloud } from './cloud';

type Fields<A extends PointsEvent['action']> = Omit<Extract<PointsEvent, { action: A }>, 'action'>;
type RedemptionAnswer = Promise<Envelope<{ redemption: RedemptionView }>>;
/** An action's answer carries the figures its page shows (cloudfunctions/points/answers.ts). */
type WithFigures<T> = T & { account: AccountView };

export type AwardInput = Fields<'award'>;
export type ItemInput = Fields<'item.save'>;

/** Drops undefined fields: the function's schemas are strict, and `cursor: undefined` is noise. */
function event(action: PointsEvent['action'], fields: Record<string, unknown> = {}): object {
  const out: Record<string, unknown> = { action };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/** A list page that carries the holder's figures too, so its screen needs no points.balance call. */
export type WithAccount<T> = T & { account: AccountView };

/** 可用积分 and 累计积分, with the word to show (先锋积分 for party members): one's own, or (admins) a member's. */
export const getBalance = (userId?: string): Promise<Envelope<AccountView>> =>
  callCloud('points', event('balance', { userId }));

/** A page of 20 ledger entries, newest first; admins may pass `userId` to read a member's. */
export const listLedger = (cursor?: string, userId?: string): Promise<Envelope<WithAccount<Page<EntryView>>>> =>
  callCloud('points', event('ledger', { cursor, userId }));

/**
 * 加分 (admins). `requestId` makes it idempotent: the entry id is derived from it, so a retried or
 * double-tapped award is written once (src/features/orders/request-id.ts).
 */
export const awardPoints = (input: AwardInput): Promise<Envelope<WithFigures<{ entry: EntryView }>>> =>
  callCloud('points', event('award', input));

/** 冲正 (admins): a new, opposite entry; only `earn` entries may be reversed, each once. */
export const reverseEntry = (entryId: string, reason: string): Promise<Envelope<WithFigures<{ entry: EntryView }>>> =>
  callCloud('points', event('reverse', { entryId, reason }));

/** The 爱心超市 shelf, 20 a page, newest first, with one's own figures. */
export const listItems = (cursor?: string): Promise<Envelope<WithAccount<Page<ItemView>>>> =>
  callCloud('points', event('items', { cursor }));

/** Adds (no `_id`) or edits an item (admins). An edit replaces it: a field left out is cleared. */
export const saveItem = (input: ItemInput): Promise<Envelope<{ item: ItemView }>> =>
  callCloud('points', event('item.save', input));

/**
 * 兑换. The redemption's id comes from (person, requestId): the same requestId answers the same
 * redemption, so a double tap or a retry after a dropped network never spends twice. The answer
 * carries one's new figures and the item as it now stands (its stock moved).
 */
export const redeemItem = (
  itemId: string,
  requestId: string,
): Promise<Envelope<WithFigures<{ redemption: RedemptionView; item?: ItemView }>>> =>
  callCloud('points', event('redeem', { itemId, requestId }));

/** 核销 (admins, merchants). A used code is FAILED_PRECONDITION, an unknown one NOT_FOUND. */
export const verifyCode = (code: string): RedemptionAnswer => callCloud('points', event('verify', { code }));

/** 取消兑换: one's own pending redemption; the points come back (the answer carries the figures). */
export const cancelRedemption = (
  redemptionId: string,
): Promise<Envelope<WithFigures<{ redemption: RedemptionView }>>> =>
  callCloud('points', event('cancel', { redemptionId }));

/** Redemptions, 20 a page, newest first. `mine` keeps an admin to their own (我的兑换). */
export const listRedemptions = (input: {
  status?: RedemptionStatus;
  mine?: boolean;
  cursor?: string;
}): Promise<Envelope<Page<RedemptionView>>> => callCloud('points', event('redemptions', input));

/** 红榜: the community's people (names only) and grids, by points earned in the period. */
export const getLeaderboard = (
  period: BoardPeriod,
  scope: BoardScope = 'community',
  gridId?: string,
): Promise<Envelope<Leaderboard>> => callCloud('points', event('leaderboard', { scope, period, gridId }));
