/**
 * Stock holds: how a redeem takes a unit of a popular item without a transaction on the item.
 *
 * The item document is what every redemption of it would write, so it stays out of transactions
 * on the hot path: a unit is taken by ONE conditional update — stock ≥ 1 and no hold for this
 * redemption yet → stock − 1 and `holds.<redemptionId> = { token, at }` — atomic on one document,
 * so it never conflicts, never oversells, and leaves evidence. The points are then settled in a
 * transaction on the person's own documents (redeem.ts). Afterwards the hold is either
 *   cleared   — the redemption was written with this hold's token (the unit is now the redemption's), or
 *   given back — refused, or a twin call made the redemption: stock + 1 and the hold gone, at once.
 * A caller that dies in between leaves the hold; points-timer's sweep (settleStaleHolds) ends it
 * the same two ways, deciding by the redemption's `holdToken`. Each end is a conditional update on
 * the hold's token, so it happens once however many times it is tried.
 */
import { db } from '../cloud';
import { findById } from '../records';
import { ITEMS, REDEMPTIONS, redemptionDoc, type ItemDoc } from './mall-model';

/** A redeem must settle within this of taking its unit (it checks before committing), or give it back. */
export const HOLD_TTL_MS = 60_000;
/** The sweep ends holds older than this: far past any redeem still allowed to settle. */
export const STALE_HOLD_MS = 5 * 60_000;

type Updated = { stats: { updated: number } };
const holdPath = (redemptionId: string) => `holds.${redemptionId}`;

/** Takes one unit for this redemption; false when none is left or a twin call holds one for it. */
export async function takeUnit(itemId: string, redemptionId: string, token: string, at: Date): Promise<boolean> {
  const _ = db().command;
  const res = (await db()
    .collection(ITEMS)
    .where({ _id: itemId, stock: _.gte(1), [holdPath(redemptionId)]: _.exists(false) })
    .update({ data: { stock: _.inc(-1), [holdPath(redemptionId)]: { token, at } } })) as Updated;
  return res.stats.updated === 1;
}

/** Puts the held unit back on the shelf and drops the hold; answers whether this call did it. */
export async function giveBack(itemId: string, redemptionId: string, token: string): Promise<boolean> {
  const _ = db().command;
  const res = (await db()
    .collection(ITEMS)
    .where({ _id: itemId, [`${holdPath(redemptionId)}.token`]: token })
    .update({ data: { stock: _.inc(1), [holdPath(redemptionId)]: _.remove() } })) as Updated;
  return res.stats.updated === 1;
}

/** Drops the hold of a unit that became the redemption (stock stays as it is). */
export async function clearHold(itemId: string, redemptionId: string, token: string): Promise<boolean> {
  const _ = db().command;
  const res = (await db()
    .collection(ITEMS)
    .where({ _id: itemId, [`${holdPath(redemptionId)}.token`]: token })
    .update({ data: { [holdPath(redemptionId)]: _.remove() } })) as Updated;
  return res.stats.updated === 1;
}

/** Holds of one item that no live redeem can still settle. */
export function staleHolds(item: ItemDoc, now: Date): { redemptionId: string; token: string }[] {
  return Object.entries(item.holds ?? {})
    .filter(([, h]) => now.getTime() - h.at.getTime() > STALE_HOLD_MS)
    .map(([redemptionId, h]) => ({ redemptionId, token: h.token }));
}

/** Ends a stale hold: cleared if its redemption was made from it, else given back. */
export async function endStaleHold(itemId: string, hold: { redemptionId: string; token: string }) {
  const made = await findById(REDEMPTIONS, hold.redemptionId, redemptionDoc);
  if (made && made.holdToken === hold.token)
    return { given: false, done: await clearHold(itemId, hold.redemptionId, hold.token) };
  return { given: true, done: await giveBack(itemId, hold.redemptionId, hold.token) };
}
