/**
 * The moves before confirmation: review (admins), cancel (the poster's side, before a claim),
 * claim (党员; one wins), release (the claimer gives it back to the wall), fulfil (the claimer,
 * with a note, photos of their own and the minutes spent). Each answers the wish as the caller
 * now sees it; 审核, 认领 and 完成 tell the poster (tell.ts).
 */
import type { WishView } from '../../types/wishes';
import { isClaimer, mayCancel, mayClaim, mayReview, type WishFacts } from '../../domain/wishes/permissions';
import { hasRole, type Actor } from '../../domain/actor';
import { loadActor } from '../_shared/actor';
import { AppFailure, refusal } from '../_shared/failure';
import { ownPhotos } from '../_shared/photos';
import { loadWish } from './model';
import { applyWishMove } from './move';
import { wishDetail } from './view';
import { tellPoster } from './tell';

const answer = async (wish: Parameters<typeof wishDetail>[0], actor: Actor) => ({
  wish: await wishDetail(wish, actor),
});

export async function reviewWish(input: { wishId: string; approve: boolean; reason?: string }): Promise<{
  wish: WishView;
}> {
  const actor = await loadActor();
  const { wish } = await loadWish(input.wishId, actor);
  if (!mayReview(actor, wish)) throw refusal('NOT_ADMIN', '只有社区管理员可以审核心愿');
  if (!input.approve && !input.reason) throw new AppFailure('INVALID_ARGUMENT', '请写明未通过的原因');
  const changes = input.reason ? { reviewNote: input.reason } : {};
  const move = input.approve ? 'approve' : 'reject';
  const moved = await applyWishMove(wish, move, '社区', changes);
  await tellPoster(moved, move, actor.userId);
  return answer(moved, actor);
}

/** 居民 or 楼栋长, as the poster's side is named in the timeline. */
const postersRole = (actor: Actor, wish: WishFacts & { postedByLeader: boolean }) =>
  wish.postedByLeader && wish.posterId === actor.userId ? '楼栋长' : '居民';

export async function cancelWish(input: { wishId: string }): Promise<{ wish: WishView }> {
  const actor = await loadActor();
  const { wish } = await loadWish(input.wishId, actor);
  if (!mayCancel(actor, wish)) throw refusal('WISH_NOT_POSTER', '只有发布人或心愿本人可以撤回');
  return answer(await applyWishMove(wish, 'cancel', postersRole(actor, wish)), actor);
}

export async function claimWish(input: { wishId: string }): Promise<{ wish: WishView }> {
  const actor = await loadActor();
  const { wish } = await loadWish(input.wishId, actor);
  if (!mayClaim(actor, wish)) {
    throw refusal(hasRole(actor, 'party_member') ? 'WISH_OWN' : 'WISH_CLAIM_NOT_ALLOWED');
  }
  const moved = await applyWishMove(wish, 'claim', '党员', { claimerId: actor.userId, claimedAt: new Date() });
  await tellPoster(moved, 'claim', actor.userId);
  return answer(moved, actor);
}

export async function releaseWish(input: { wishId: string }): Promise<{ wish: WishView }> {
  const actor = await loadActor();
  const { wish } = await loadWish(input.wishId, actor);
  if (!isClaimer(actor, wish)) throw refusal('WISH_NOT_CLAIMER', '只有认领人可以放弃认领');
  return answer(await applyWishMove(wish, 'release', '党员', {}, ['claimerId', 'claimedAt']), actor);
}

export async function fulfilWish(input: {
  wishId: string;
  note: string;
  photos?: string[];
  minutes: number;
}): Promise<{ wish: WishView }> {
  const actor = await loadActor();
  const { wish } = await loadWish(input.wishId, actor);
  if (!isClaimer(actor, wish)) throw refusal('WISH_NOT_CLAIMER', '只有认领人可以完成心愿');
  const photos = ownPhotos(input.photos, actor.userId);
  const changes = {
    fulfilNote: input.note,
    fulfilPhotos: photos,
    fulfilMinutes: input.minutes,
    fulfilledAt: new Date(),
  };
  const moved = await applyWishMove(wish, 'fulfil', '党员', changes);
  await tellPoster(moved, 'fulfil', actor.userId);
  return answer(moved, actor);
}
