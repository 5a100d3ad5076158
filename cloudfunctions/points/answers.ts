/**
 * One call per user action: the points actions answer what their page shows besides the record they
 * made, so no page reads the balance or the shelf again after an action.
 *   redeem → the redeemer's figures and the item as it now stands (its stock moved);
 *   cancel → the redeemer's figures (the points came back);
 *   award, reverse → the member's figures (the admin's 居民积分 page shows them above the ledger).
 * The action is done when these read; they are read as `points.balance` and `points.items` would.
 */
import type { AccountView, EntryView, ItemView, RedemptionView } from '../../types/points';
import { ENTRIES, entryDoc } from '../_shared/points-ledger';
import { findById } from '../_shared/records';
import { readBalance } from './account';
import { ITEMS, itemDoc } from '../_shared/points/mall-model';
import { itemView } from './view';

/**
 * The redeemer's figures come with the result when the settle transaction ran (what it wrote, or
 * read when a twin call had redeemed), saving two reads on the hot path; else they are read.
 */
export async function withRedeemer<R extends { redemption: RedemptionView; account?: AccountView }>(
  result: R,
): Promise<R & { account: AccountView; item?: ItemView }> {
  const [account, item] = await Promise.all([
    result.account ?? readBalance(),
    findById(ITEMS, result.redemption.itemId, itemDoc),
  ]);
  return { ...result, account, ...(item ? { item: itemView(item) } : {}) };
}

export async function withOwnFigures<R extends object>(result: R): Promise<R & { account: AccountView }> {
  return { ...result, account: await readBalance() };
}

/** The figures of the member whose ledger the entry is in. */
export async function withMemberFigures<R extends { entry: EntryView }>(
  result: R,
): Promise<R & { account: AccountView }> {
  const entry = await findById(ENTRIES, result.entry._id, entryDoc);
  return { ...result, account: await readBalance(entry ? { userId: entry.userId } : {}) };
}
