/**
 * redeem (兑换): one transaction holds one unit of stock and the item's cost in points, counts the
 * unit against the person's limit, and writes the pending redemption with its counter code — all
 * or nothing. The redemption's id comes from the person and their requestId, so the same request
 * sent 20 times at once makes one redemption (the reruns find it and answer it). Not enough stock,
 * quota or points → RESOURCE_EXHAUSTED, and nothing is written.
 */
import type { RedemptionView } from '../../types/points';
import { causes } from '../../domain/points/causes';
import { accountIdFor, codeFor, quotaIdFor, redemptionIdFor } from '../_shared/ids/points';
import { checkRedeem, expiryOf } from '../../domain/points/mall';
import { actorFrom, loadCallerUser } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { AppFailure, notFound } from '../_shared/failure';
import {
  accountDoc,
  ACCOUNTS,
  holderOf,
  loadPointSettings,
  postEntry,
  readAccount,
  type Holder,
} from '../_shared/points-ledger';
import { findById } from '../_shared/records';
import { inTransaction, txGet, type Tx } from '../_shared/transaction';
import {
  ITEMS,
  itemDoc,
  QUOTAS,
  quotaDoc,
  REDEMPTIONS,
  redemptionDoc,
  type ItemDoc,
  type RedemptionDoc,
} from './model';
import { redemptionView } from './view';

export async function redeemItem(input: {
  itemId: string;
  requestId: string;
}): Promise<{ redemption: RedemptionView }> {
  const user = await loadCallerUser();
  const actor = actorFrom(user);
  const _id = redemptionIdFor(actor.userId, input.requestId);
  const made = await findById(REDEMPTIONS, _id, redemptionDoc);
  if (made) return { redemption: redemptionView(made) };
  const item = await findById(ITEMS, input.itemId, itemDoc);
  if (!item || item.communityId !== actor.communityId) throw notFound('商品');
  // Fast refusal outside the transaction when the shelf or the balance is already short: an
  // honest answer as of this read, and it keeps a crowd of hopeless requests out of the way.
  const account = await findById(ACCOUNTS, accountIdFor(actor.communityId, actor.userId), accountDoc);
  const early = checkRedeem(item, account?.balance ?? 0, 0);
  if (!early.ok) throw new AppFailure(early.code, early.message, early.reason);
  const holder = await holderOf(user);
  const { redemptionDays } = await loadPointSettings(actor.communityId);
  const now = new Date();
  const draft: RedemptionDoc = {
    _id,
    communityId: actor.communityId,
    userId: actor.userId,
    userName: actor.name,
    gridId: holder.gridId,
    itemId: item._id,
    itemName: item.name,
    cost: item.cost,
    code: codeFor(_id),
    status: 'pending',
    requestId: input.requestId,
    createdAt: now,
    expiresAt: expiryOf(now, redemptionDays),
  };
  const redemption = await inTransaction((tx) => holdAndRecord(tx, draft, holder));
  return { redemption: redemptionView(redemption) };
}

/**
 * Reads and writes the redemption, item, quota counter and account in one snapshot. Any concurrent
 * change to one of them makes a write conflict and a rerun (inTransaction).
 *
 * The item is the document every redemption of it writes, so its lock is taken first, by a blind
 * decrement: racers then fail at their first write instead of after all their reads, and the lock
 * is held by a transaction that is going to finish. A refusal below rolls the decrement back.
 */
async function holdAndRecord(tx: Tx, draft: RedemptionDoc, holder: Holder): Promise<RedemptionDoc> {
  const prior = await txGet(tx, REDEMPTIONS, draft._id);
  if (prior) return redemptionDoc.parse(prior);
  await tx
    .collection(ITEMS)
    .doc(draft.itemId)
    .update({ data: { stock: db().command.inc(-1) } });
  const item: ItemDoc = itemDoc.parse(await txGet(tx, ITEMS, draft.itemId)); // our own write: one unit fewer
  const quotaId = quotaIdFor(item._id, draft.userId);
  const quotaRaw = await txGet(tx, QUOTAS, quotaId);
  const held = quotaRaw ? quotaDoc.parse(quotaRaw).count : 0;
  const account = await readAccount(tx, draft.communityId, draft.userId);
  const check = checkRedeem({ ...item, stock: item.stock + 1 }, account?.balance ?? 0, held);
  if (!check.ok) throw new AppFailure(check.code, check.message, check.reason);

  // The cost as it is now (an admin may have changed it since the first read).
  const redemption: RedemptionDoc = { ...draft, itemName: item.name, cost: item.cost };
  await tx
    .collection(QUOTAS)
    .doc(quotaId)
    .set({ data: { itemId: item._id, userId: draft.userId, count: held + 1 } });
  const { _id, ...data } = redemption;
  await tx.collection(REDEMPTIONS).doc(_id).set({ data });
  const spend = {
    _id: causes.redeem(_id),
    holder,
    kind: 'spend' as const,
    amount: -item.cost,
    reason: `兑换「${item.name}」`,
    actorId: draft.userId,
    at: draft.createdAt,
  };
  // The spend entry is only ever written with its redemption, which this snapshot has not got.
  await postEntry(tx, spend, { account });
  return redemption;
}
