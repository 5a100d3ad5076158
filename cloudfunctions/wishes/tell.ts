/**
 * Who hears that a 微心愿 moved (issue 14), told through the subscribe messages every feature uses
 * (_shared/notify.ts): after the move has committed, to one person, at most once per move (`once`
 * keys in the messages), and never throwing — a failed send never undoes the move. A refused or lost
 * move throws before it gets here, so it tells no one. Nobody is told of their own tap.
 *   审核通过 / 未通过, 已被认领, 待确认 → the poster (the resident, or the 楼栋长 who posted for them);
 *   已圆梦 → the claimer.
 */
import { notifyUser } from '../_shared/notify';
import { wishConfirmedMessage, wishProgressMessage, type WishProgressStep } from '../_shared/templates';
import type { WishDoc } from './model';

export async function tellPoster(wish: WishDoc, move: WishProgressStep, actorId: string): Promise<void> {
  if (wish.posterId === actorId) return;
  const message = wishProgressMessage(wish, move, wish.timeline.length, wish.updatedAt);
  await notifyUser(wish.communityId, wish.posterId, message);
}

export async function tellClaimer(wish: WishDoc, points: number, actorId: string): Promise<void> {
  if (!wish.claimerId || wish.claimerId === actorId) return;
  await notifyUser(
    wish.communityId,
    wish.claimerId,
    wishConfirmedMessage(wish, points, wish.confirmedAt ?? wish.updatedAt),
  );
}
