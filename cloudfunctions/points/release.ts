/**
 * Ending a redemption.
 * cancel: the resident gives a pending redemption up; expire (points-timer): a pending one passed
 * its expiry. Either way, in one transaction: status → cancelled/expired, +1 stock, the quota
 * counter −1, and a refund entry `refund:<redemptionId>` (balance back; lifetime untouched). A
 * redemption ends once: whichever of cancel, expire and verify commits first wins, and the others
 * find it no longer pending.
 * verify (核销): an admin or merchant of the community types or scans the code; one conditional
 * update `where({ _id, status: 'pending', expiresAt > now })` fulfils it, so of two counters
 * scanning at once exactly one succeeds. A used code is FAILED_PRECONDITION, an unknown one NOT_FOUND.
 */
import type { RedemptionView } from '../../types/points';
import type { Actor } from '../../domain/actor';
import { causes } from '../../domain/points/causes';
import { quotaIdFor } from '../_shared/ids/points';
import { checkRelease, checkVerify } from '../../domain/points/mall';
import { mayVerify } from '../../domain/points/permissions';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { AppFailure, denied, notFound } from '../_shared/failure';
import { postEntry, readAccount } from '../_shared/points-ledger';
import { fetchDocs, findById } from '../_shared/records';
import { inTransaction, txGet, type Tx } from '../_shared/transaction';
import { ITEMS, itemDoc, QUOTAS, quotaDoc, REDEMPTIONS, redemptionDoc, type RedemptionDoc } from './model';
import { redemptionView } from './view';

export async function cancelRedemption(input: { redemptionId: string }): Promise<{ redemption: RedemptionView }> {
  const actor = await loadActor();
  const found = await findById(REDEMPTIONS, input.redemptionId, redemptionDoc);
  if (!found || found.communityId !== actor.communityId) throw notFound('兑换记录');
  if (found.userId !== actor.userId) throw denied('只能取消自己的兑换');
  const now = new Date();
  const redemption = await inTransaction((tx) => release(tx, found._id, 'cancelled', actor.userId, now));
  return { redemption: redemptionView(redemption) };
}

/** Used by points-timer: answers false when it was no longer pending (someone else ended it). */
export async function expireRedemption(redemptionId: string, now: Date): Promise<boolean> {
  try {
    await inTransaction((tx) => release(tx, redemptionId, 'expired', 'system', now));
    return true;
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'FAILED_PRECONDITION') return false;
    throw error;
  }
}

async function release(
  tx: Tx,
  redemptionId: string,
  to: 'cancelled' | 'expired',
  actorId: string,
  now: Date,
): Promise<RedemptionDoc> {
  const raw = await txGet(tx, REDEMPTIONS, redemptionId);
  if (!raw) throw notFound('兑换记录');
  const r = redemptionDoc.parse(raw);
  if (r.status === to && to === 'cancelled') return r; // a retried cancel answers the first one
  const check = checkRelease(r, to, now);
  if (!check.ok) throw new AppFailure(check.code, check.message, check.reason);
  const item = itemDoc.parse(await txGet(tx, ITEMS, r.itemId));
  const quotaId = quotaIdFor(r.itemId, r.userId);
  const quota = await txGet(tx, QUOTAS, quotaId);
  const account = await readAccount(tx, r.communityId, r.userId);
  const closed: RedemptionDoc = { ...r, status: to, closedAt: now, closedBy: actorId };
  await tx
    .collection(REDEMPTIONS)
    .doc(r._id)
    .update({ data: { status: to, closedAt: now, closedBy: actorId } });
  await tx
    .collection(ITEMS)
    .doc(item._id)
    .update({ data: { stock: item.stock + 1 } });
  if (quota)
    await tx
      .collection(QUOTAS)
      .doc(quotaId)
      .update({ data: { count: Math.max(0, quotaDoc.parse(quota).count - 1) } });
  const why = to === 'cancelled' ? '取消兑换' : '兑换逾期未领取';
  const holder = { userId: r.userId, name: r.userName, communityId: r.communityId, gridId: r.gridId };
  const refund = {
    _id: causes.refund(r._id),
    holder,
    kind: 'refund' as const,
    amount: r.cost,
    reason: `${why}「${r.itemName}」，积分退回`,
    actorId,
    at: now,
  };
  // The refund entry is only ever written as the redemption leaves `pending`, which it has not in this snapshot.
  await postEntry(tx, refund, { account });
  return closed;
}

export async function verifyRedemption(input: { code: string }): Promise<{ redemption: RedemptionView }> {
  const actor = await loadActor();
  if (!mayVerify(actor)) throw denied('只有社区管理员或商家可以核销');
  const target = await byCode(actor, input.code);
  const now = new Date();
  const _ = db().command;
  const res = (await db()
    .collection(REDEMPTIONS)
    .where({ _id: target._id, status: 'pending', expiresAt: _.gt(now) })
    .update({ data: { status: 'fulfilled', closedAt: now, closedBy: actor.userId } })) as {
    stats: { updated: number };
  };
  if (res.stats.updated === 1) {
    return { redemption: redemptionView({ ...target, status: 'fulfilled', closedAt: now, closedBy: actor.userId }) };
  }
  const latest = (await findById(REDEMPTIONS, target._id, redemptionDoc)) ?? target;
  const check = checkVerify(latest, now);
  throw new AppFailure(
    'FAILED_PRECONDITION',
    check.ok ? '核销冲突，请重试' : check.message,
    check.ok ? undefined : check.reason,
  );
}

/** The community's redemption with this code; a pending one first if (improbably) two share it. */
async function byCode(actor: Actor, code: string): Promise<RedemptionDoc> {
  const docs = await fetchDocs(db().collection(REDEMPTIONS).where({ communityId: actor.communityId, code }).limit(10));
  const found = docs.map((d) => redemptionDoc.parse(d));
  const target = found.find((r) => r.status === 'pending') ?? found[0];
  if (!target) throw notFound('核销码对应的兑换');
  return target;
}
