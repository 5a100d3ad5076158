/**
 * cancel: the resident gives a pending redemption up (_shared/points/release.ts: points and the
 * unit come back). A retried cancel answers the first.
 * verify (核销): an admin or merchant of the community types or scans the code; one conditional
 * update `where({ _id, status: 'pending', expiresAt > now })` fulfils it, so of two counters
 * scanning at once exactly one succeeds — and only that one moves the 数据看板's collected and ¥
 * counters. A used code is FAILED_PRECONDITION, an unknown one NOT_FOUND.
 */
import type { RedemptionView } from '../../types/points';
import type { Actor } from '../../domain/actor';
import { checkVerify } from '../../domain/points/mall';
import { mayVerify } from '../../domain/points/permissions';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { AppFailure, denied, notFound } from '../_shared/failure';
import { REDEMPTIONS, redemptionDoc, type RedemptionDoc } from '../_shared/points/mall-model';
import { AlreadyReleased, releaseRedemption } from '../_shared/points/release';
import { fetchDocs, findById } from '../_shared/records';
import { moveStats } from '../_shared/stats/counters';
import { collectionMoves } from '../_shared/stats/points';
import { redemptionView } from './view';

export async function cancelRedemption(input: { redemptionId: string }): Promise<{ redemption: RedemptionView }> {
  const actor = await loadActor();
  const found = await findById(REDEMPTIONS, input.redemptionId, redemptionDoc);
  if (!found || found.communityId !== actor.communityId) throw notFound('兑换记录');
  if (found.userId !== actor.userId) throw denied('只能取消自己的兑换');
  try {
    return { redemption: redemptionView(await releaseRedemption(found, 'cancelled', actor.userId, new Date())) };
  } catch (error) {
    if (error instanceof AlreadyReleased) return { redemption: redemptionView(error.redemption) };
    throw error;
  }
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
    // Counted after the change, like orders; a crash before this leaves drift stats-timer repairs.
    await moveStats(collectionMoves({ ...target, closedAt: now }));
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
