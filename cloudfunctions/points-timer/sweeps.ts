/**
 * The timer's two catch-up sweeps. Both page by `_id` (keyset): what they handle stops matching,
 * so skip-paging would miss records. Each record is handled in its own transaction, and one that
 * fails (say, a crowd at the counter outlasting the retry budget) is left for the next run rather
 * than stopping the sweep: both sweeps are idempotent.
 */
import { db } from '../_shared/cloud';
import { DB_PAGE, fetchDocs } from '../_shared/records';
import { orderDoc } from '../_shared/orders/model';
import { REDEMPTIONS } from '../_shared/points/mall-model';
import { expireRedemption } from '../_shared/points/release';
import { settleOrderPoints, unsettledOrdersQuery } from '../_shared/points/settle-order';

/** How far back the order sweep looks: the hook runs at once, so anything older was handled long ago. */
export const SETTLE_WINDOW_DAYS = 30;

export interface SweepCounts {
  done: number;
  deferred: number;
}

/** Runs one record's work; a failure is counted and logged (no personal data), never thrown. */
async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const code = (error as { code?: unknown; errCode?: unknown })?.code ?? (error as { errCode?: unknown })?.errCode;
    console.error(`[points-timer] ${what} deferred to the next run: ${String(code ?? 'unknown')}`);
    return undefined;
  }
}

/** Pending redemptions past their expiry → expired, with a refund entry and the unit back in stock. */
export async function expireDue(now: Date): Promise<SweepCounts> {
  const _ = db().command;
  const counts: SweepCounts = { done: 0, deferred: 0 };
  for (let lastId = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection(REDEMPTIONS)
        .where({ status: 'pending', expiresAt: _.lt(now), _id: _.gt(lastId) })
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    for (const doc of docs) {
      const expired = await attempt('expiry', () =>
        expireRedemption({ _id: String(doc._id), itemId: String(doc.itemId) }, now),
      );
      if (expired === undefined) counts.deferred += 1;
      else if (expired) counts.done += 1;
      lastId = String(doc._id);
    }
    if (docs.length < DB_PAGE) return counts;
  }
}

/** Rated or closed orders whose earnings the `orders` hook may have missed; `done` counts entries written. */
export async function settleMissedOrders(now: Date): Promise<SweepCounts> {
  const counts: SweepCounts = { done: 0, deferred: 0 };
  for (let lastId = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection('orders')
        .where(unsettledOrdersQuery(now, SETTLE_WINDOW_DAYS, lastId))
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const order = orderDoc.parse(raw);
      const written = await attempt('order earnings', () => settleOrderPoints(order, now));
      if (written === undefined) counts.deferred += 1;
      else counts.done += written.length;
      lastId = order._id;
    }
    if (docs.length < DB_PAGE) return counts;
  }
}
