/**
 * confirm (圆梦): the resident it was for, or whoever posted it (their building leader), says it came
 * true. In ONE transaction: the wish becomes confirmed, the claimer earns the community's points
 * (postEntry, cause `wish:<wishId>:claimer`) and volunteer hours (postHours, source 'wish', the
 * minutes they declared up to the community's cap), and the community's 圆梦 counter moves. A second
 * confirmation — a double tap, the leader and the resident at once — finds it confirmed and writes
 * nothing: one entry, one hours entry, one count. The claimer is then told (tell.ts), once.
 */
import type { WishView } from '../../types/wishes';
import { causes } from '../../domain/points/causes';
import { hourCauses } from '../../domain/hours/credit';
import { creditedWishMinutes } from '../../domain/wishes/settings';
import { nextWishStatus } from '../../domain/wishes/state-machine';
import { mayConfirm } from '../../domain/wishes/permissions';
import { loadActor } from '../_shared/actor';
import { failureOf, refusal } from '../_shared/failure';
import { postHours } from '../_shared/hours-ledger';
import { loadHolder, postEntry } from '../_shared/points-ledger';
import { inTransaction, txGet } from '../_shared/transaction';
import {
  dreamsCounterId,
  loadWish,
  loadWishSettings,
  WISH_COUNTERS,
  wishCounterDoc,
  wishDoc,
  WISHES,
  type WishDoc,
} from './model';
import { unitOfMember } from '../_shared/members';
import { wishDetail } from './view';
import { tellClaimer } from './tell';

export async function confirmWish(input: { wishId: string }): Promise<{ wish: WishView; points: number }> {
  const actor = await loadActor();
  const { wish } = await loadWish(input.wishId, actor);
  if (!mayConfirm(actor, wish)) throw refusal('WISH_NOT_POSTER', '只有心愿本人或发布人可以确认圆梦');
  if (wish.status === 'confirmed') return { wish: await wishDetail(wish, actor), points: 0 };
  const claimerId = wish.claimerId ?? '';
  const [settings, holder, unitId] = await Promise.all([
    loadWishSettings(wish.communityId),
    claimerId ? loadHolder(claimerId, wish.communityId) : null,
    claimerId ? unitOfMember(wish.communityId, claimerId) : '',
  ]);
  const role = wish.postedByLeader && wish.posterId === actor.userId ? '楼栋长' : '居民';

  const result = await inTransaction(async (tx) => {
    const now = wishDoc.parse(await txGet(tx, WISHES, wish._id));
    if (now.status === 'confirmed') return { wish: now, points: 0, moved: false };
    const move = nextWishStatus(now.status, 'confirm');
    if (!move.ok) throw failureOf(move);
    if (now.claimerId !== claimerId) throw refusal('WISH_CHANGED');
    const at = new Date();
    const timeline = [...now.timeline, { action: 'confirm', at, role }];
    await tx
      .collection(WISHES)
      .doc(now._id)
      .update({ data: { status: move.to, confirmedAt: at, updatedAt: at, timeline } });
    const confirmed: WishDoc = { ...now, status: move.to, confirmedAt: at, updatedAt: at, timeline };
    let points = 0;
    // A claimer who has left the community is credited nothing here; an unconfirmed address earns no points.
    if (holder && settings.points > 0 && holder.earns) {
      const { created } = await postEntry(tx, {
        _id: causes.wish(now._id),
        holder,
        kind: 'earn',
        amount: settings.points,
        area: settings.area,
        reason: `微心愿圆梦：${now.title}`,
        actorId: actor.userId,
        at,
      });
      if (created) points = settings.points;
    }
    if (holder) {
      await postHours(tx, {
        _id: hourCauses.wish(now._id, claimerId),
        communityId: now.communityId,
        userId: claimerId,
        unitId,
        minutes: creditedWishMinutes(now.fulfilMinutes ?? settings.maxMinutes, settings),
        source: 'wish',
        sourceId: now._id,
        reason: `微心愿：${now.title}`,
        actorId: actor.userId,
        at,
      });
    }
    const counterId = dreamsCounterId(now.communityId);
    const raw = await txGet(tx, WISH_COUNTERS, counterId);
    const counter = raw ? wishCounterDoc.parse({ _id: counterId, ...raw }) : null;
    if (counter)
      await tx
        .collection(WISH_COUNTERS)
        .doc(counterId)
        .update({ data: { confirmed: counter.confirmed + 1 } });
    else
      await tx
        .collection(WISH_COUNTERS)
        .doc(counterId)
        .set({ data: { communityId: now.communityId, confirmed: 1 } });
    return { wish: confirmed, points, moved: true };
  });
  // Only the call that confirmed it tells the claimer; a second confirmation found it done.
  if (result.moved) await tellClaimer(result.wish, result.points, actor.userId);
  return { wish: await wishDetail(result.wish, actor), points: result.points };
}
