/**
 * Crash recovery of the order counters' outbox (_shared/stats/order-mark.ts): orders whose state
 * changed over a minute ago and whose counter move was never claimed (the function died or timed
 * out between the change and its claim) are settled here, by the same claim, so each move is
 * counted once whether the function's own hook, this run, or both got to it. Runs before the
 * recount, which then finds the counters caught up.
 */
import { db } from '../_shared/cloud';
import { orderDoc } from '../_shared/orders/model';
import { DB_PAGE, fetchDocs } from '../_shared/records';
import { settleOrderStats } from '../_shared/stats/order-mark';
import { SETTLE_MS } from './recount';

/** How many orders' owed moves this run counted (index orders stats_pending). */
export async function settlePendingOrders(now: Date): Promise<number> {
  const _ = db().command;
  const before = new Date(now.getTime() - SETTLE_MS);
  let settled = 0;
  // Keyset on (updatedAt, _id): a claim this run could not make must not be read again forever.
  let cursor: { at: Date; id: string } | null = null;
  for (;;) {
    const after = cursor
      ? _.or([{ updatedAt: _.gt(cursor.at) }, { updatedAt: cursor.at, _id: _.gt(cursor.id) }])
      : { updatedAt: _.gte(new Date(0)) };
    const docs = await fetchDocs(
      db()
        .collection('orders')
        .where(_.and([{ 'statsMark.pending': true, updatedAt: _.lt(before) }, after]))
        .orderBy('updatedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const order = orderDoc.parse(raw);
      if (order.statsMark && (await settleOrderStats(order, order.statsMark))) settled += 1;
      cursor = { at: order.updatedAt, id: order._id };
    }
    if (docs.length < DB_PAGE) return settled;
  }
}
