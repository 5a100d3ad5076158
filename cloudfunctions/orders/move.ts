/**
 * Applies one move of the state machine as a single conditional update keyed on the status the
 * order was read in: `where({ _id, status: from }).update(...)`. The status change and its timeline
 * entry land together or not at all, and of two people racing, exactly one gets `updated === 1`.
 */
import { nextStatus, type OrderCommand } from '../../domain/orders/state-machine';
import type { TimelineRecord } from '../../domain/orders/timeline';
import { db } from '../_shared/cloud';
import { AppFailure } from '../_shared/failure';
import type { OrderDoc } from './model';

export async function applyMove(
  order: OrderDoc,
  command: OrderCommand,
  changes: Partial<OrderDoc>,
  record: TimelineRecord,
  onLostRace = '操作冲突，请刷新后再试',
): Promise<OrderDoc> {
  const move = nextStatus(order.status, command);
  if (!move.ok) throw new AppFailure(move.code, move.message);
  const _ = db().command;
  const res = (await db()
    .collection('orders')
    .where({ _id: order._id, status: order.status })
    .update({ data: { ...changes, status: move.to, updatedAt: record.at, timeline: _.push(record) } })) as {
    stats: { updated: number };
  };
  if (res.stats.updated !== 1) throw new AppFailure('CONFLICT', onLostRace);
  return { ...order, ...changes, status: move.to, updatedAt: record.at, timeline: [...order.timeline, record] };
}
