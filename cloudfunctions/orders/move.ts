/**
 * Applies one move of the state machine as a single conditional update keyed on the status the
 * order was read in: `where({ _id, status: from }).update(...)`. The status change and its timeline
 * entry land together or not at all, and of two people racing, exactly one gets `updated === 1`.
 * The state machine alone decides whether a move may happen — before the write, and again for the
 * loser of a race, against the status the winner left (so a late grabber hears ORDER_ALREADY_TAKEN
 * and someone acting on a cancelled order hears ORDER_CANCELLED).
 */
import { nextStatus, type OrderCommand } from '../../domain/orders/state-machine';
import type { TimelineRecord } from '../../domain/orders/timeline';
import { db } from '../_shared/cloud';
import { failureOf, refusal } from '../_shared/failure';
import { findById } from '../_shared/records';
import { orderDoc, type OrderDoc } from '../_shared/orders/model';
import { owedMark, settleOrderStats } from '../_shared/stats/order-mark';

export async function applyMove(
  order: OrderDoc,
  command: OrderCommand,
  changes: Partial<OrderDoc>,
  record: TimelineRecord,
  /** Fields the move clears (退单 clears the taker). */
  unset: readonly (keyof OrderDoc)[] = [],
): Promise<OrderDoc> {
  const move = nextStatus(order.status, command);
  if (!move.ok) throw failureOf(move);
  const _ = db().command;
  const cleared = Object.fromEntries(unset.map((field) => [field, _.remove()]));
  // Keyed on the taker too: a move from 'taken' to 'taken' (改派) must still let only one of two
  // racing callers through, and nobody acts on a taker who was replaced meanwhile.
  const read = { _id: order._id, status: order.status, ...(order.takerId ? { takerId: order.takerId } : {}) };
  // The 数据看板 move is owed in this same write (order-mark.ts), so no crash can lose it.
  const owed = owedMark(order);
  const res = (await db()
    .collection('orders')
    .where(read)
    .update({
      data: { ...changes, ...cleared, ...owed.fields, status: move.to, updatedAt: record.at, timeline: _.push(record) },
    })) as { stats: { updated: number } };
  if (res.stats.updated !== 1) throw await lostRace(order._id, command);
  const moved: OrderDoc = {
    ...order,
    ...changes,
    status: move.to,
    updatedAt: record.at,
    timeline: [...order.timeline, record],
    statsMark: owed.mark,
  };
  for (const field of unset) delete moved[field];
  await settleOrderStats(moved, owed.mark); // the 数据看板 counters, right after the move (never throws)
  return moved;
}

/** Why the conditional update matched nothing: the state machine's answer for the status now stored. */
async function lostRace(orderId: string, command: OrderCommand) {
  const now = await findById('orders', orderId, orderDoc);
  const verdict = now ? nextStatus(now.status, command) : null;
  return verdict && !verdict.ok ? failureOf(verdict) : refusal('ORDER_CHANGED');
}
