/**
 * Applies one move of the 微心愿 state machine as a single conditional update keyed on the status
 * the wish was read in (and on the claimer, for the claimer's moves): `where({ _id, status, … })`.
 * The status change and its timeline entry land together or not at all; of many people racing
 * (8 party members tapping 认领 at once, a claim racing a cancel) exactly one gets updated === 1,
 * and every other hears the state machine's answer for the status the winner left (已被认领).
 */
import { nextWishStatus, type WishCommand } from '../../domain/wishes/state-machine';
import { db } from '../_shared/cloud';
import { failureOf, refusal } from '../_shared/failure';
import { findById } from '../_shared/records';
import { WISHES, wishDoc, type WishDoc } from './model';

export async function applyWishMove(
  wish: WishDoc,
  command: WishCommand,
  role: string,
  changes: Partial<WishDoc> = {},
  /** Fields the move clears (放弃认领 clears the claimer). */
  unset: readonly (keyof WishDoc)[] = [],
): Promise<WishDoc> {
  const move = nextWishStatus(wish.status, command);
  if (!move.ok) throw failureOf(move);
  const _ = db().command;
  const at = new Date();
  const record = { action: command, at, role };
  const cleared = Object.fromEntries(unset.map((field) => [field, _.remove()]));
  const read = { _id: wish._id, status: wish.status, ...(wish.claimerId ? { claimerId: wish.claimerId } : {}) };
  const res = (await db()
    .collection(WISHES)
    .where(read)
    .update({ data: { ...changes, ...cleared, status: move.to, updatedAt: at, timeline: _.push(record) } })) as {
    stats: { updated: number };
  };
  if (res.stats.updated !== 1) throw await lostRace(wish._id, command);
  const moved: WishDoc = { ...wish, ...changes, status: move.to, updatedAt: at, timeline: [...wish.timeline, record] };
  for (const field of unset) delete moved[field];
  return moved;
}

/** Why the conditional update matched nothing: the state machine's answer for the status now stored. */
async function lostRace(wishId: string, command: WishCommand) {
  const now = await findById(WISHES, wishId, wishDoc);
  const verdict = now ? nextWishStatus(now.status, command) : null;
  return verdict && !verdict.ok ? failureOf(verdict) : refusal('WISH_CHANGED');
}
