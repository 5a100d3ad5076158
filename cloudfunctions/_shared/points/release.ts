/**
 * Ending a redemption by giving its hold back, shared by `points` (cancel) and `points-timer`
 * (expire). In one transaction: status → cancelled/expired, +1 stock, the quota counter −1, and a
 * refund entry `refund:<redemptionId>` (balance back; lifetime untouched). A redemption ends once:
 * whichever of cancel, expire and verify commits first wins, and the others find it no longer pending.
 *
 * The item is written FIRST: redeems change it all the time (holds.ts, outside transactions), so
 * our snapshot must not be older than our lock on it; once locked, their updates wait for our commit.
 */
import { causes } from '../../../domain/points/causes';
import { quotaIdFor } from '../ids/points';
import { checkRelease } from '../../../domain/points/mall';
import { db } from '../cloud';
import { AppFailure, failureOf, notFound } from '../failure';
import { postEntry, readAccount } from '../points-ledger';
import { inTransaction, txGet, type Tx } from '../transaction';
import { ITEMS, QUOTAS, quotaDoc, REDEMPTIONS, redemptionDoc, type RedemptionDoc } from './mall-model';

export async function releaseRedemption(
  target: { _id: string; itemId: string },
  to: 'cancelled' | 'expired',
  actorId: string,
  now: Date,
): Promise<RedemptionDoc> {
  return inTransaction((tx) => release(tx, target, to, actorId, now));
}

/** Used by points-timer: answers false when it was no longer pending (someone else ended it). */
export async function expireRedemption(target: { _id: string; itemId: string }, now: Date): Promise<boolean> {
  try {
    await releaseRedemption(target, 'expired', 'system', now);
    return true;
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'FAILED_PRECONDITION') return false;
    throw error;
  }
}

async function release(
  tx: Tx,
  target: { _id: string; itemId: string },
  to: 'cancelled' | 'expired',
  actorId: string,
  now: Date,
): Promise<RedemptionDoc> {
  // A refusal below rolls this back.
  await tx
    .collection(ITEMS)
    .doc(target.itemId)
    .update({ data: { stock: db().command.inc(1) } });
  const raw = await txGet(tx, REDEMPTIONS, target._id);
  if (!raw) throw notFound('兑换记录');
  const r = redemptionDoc.parse(raw);
  if (r.itemId !== target.itemId) throw notFound('兑换记录');
  if (r.status === to && to === 'cancelled') {
    // A retried cancel answers the first one (and must not keep the unit it just added).
    throw new AlreadyReleased(r);
  }
  const check = checkRelease(r, to, now);
  if (!check.ok) throw failureOf(check);
  const quotaId = quotaIdFor(r.itemId, r.userId);
  const quota = await txGet(tx, QUOTAS, quotaId);
  const account = await readAccount(tx, r.communityId, r.userId);
  const closed: RedemptionDoc = { ...r, status: to, closedAt: now, closedBy: actorId };
  await tx
    .collection(REDEMPTIONS)
    .doc(r._id)
    .update({ data: { status: to, closedAt: now, closedBy: actorId } });
  if (quota)
    await tx
      .collection(QUOTAS)
      .doc(quotaId)
      .update({ data: { count: Math.max(0, quotaDoc.parse(quota).count - 1) } });
  const why = to === 'cancelled' ? '取消兑换' : '兑换逾期未领取';
  // A refund returns one's own points: not an earning, so it needs no confirmed address.
  const holder = { userId: r.userId, name: r.userName, communityId: r.communityId, gridId: r.gridId, earns: false };
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

/** Thrown to roll back a retried cancel's stock write; carries the redemption to answer. */
export class AlreadyReleased extends AppFailure {
  constructor(readonly redemption: RedemptionDoc) {
    super('FAILED_PRECONDITION', '该兑换已取消', 'REDEMPTION_CANCELLED');
  }
}
