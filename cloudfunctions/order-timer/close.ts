/**
 * Nobody waits forever (issue 11, point 7): an order whose `closeBy` has passed while it waits on the
 * resident's word — completed or answered and not rated, or a 整改 reply not confirmed — closes after
 * a 回访 entry on its timeline: 未评价 (`unrated`) or 整改到期未确认 (`rectify_timed_out`). The taker's
 * points are posted then (the ledger entry is keyed by the order, so nothing is doubled).
 *
 * Each close is a conditional update on (status, closeBy): a late rating or confirmation racing the
 * timer moves the same status, so exactly one of them happens, and a retried run closes once.
 */
import type { ClosedAs } from '../../types/orders';
import { closeByFor, CLOSES_BY_ITSELF } from '../../domain/orders/deadlines';
import { orderSettingsOf } from '../_shared/orders/store';
import { entry, SYSTEM } from '../../domain/orders/timeline';
import { nextStatus } from '../../domain/orders/state-machine';
import { chinaDateTime } from '../../domain/china-time';
import { db } from '../_shared/cloud';
import { fetchDocs, DB_PAGE } from '../_shared/records';
import { orderDoc, type OrderDoc } from '../_shared/orders/model';
import { settleOrderPointsAfterMove } from '../_shared/points/settle-order';
import { owedMark, settleOrderStats } from '../_shared/stats/order-mark';

export async function closeUnanswered(now: Date): Promise<{ closed: number; dated: number }> {
  const _ = db().command;
  const dated = await dateUndated();
  let closed = 0;
  // Keyset paging on _id: a closed order no longer matches, so skip-paging would miss some.
  for (let lastId = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection('orders')
        .where({ status: _.in([...CLOSES_BY_ITSELF]), closeBy: _.lt(now), _id: _.gt(lastId) })
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const order = orderDoc.parse(raw);
      if (await closeOne(order, now)) closed += 1;
      lastId = order._id;
    }
    if (docs.length < DB_PAGE) break;
  }
  return { closed, dated };
}

/**
 * Orders that were waiting on the resident before `closeBy` existed (written by an earlier version)
 * get one, counted from their last move with their community's days, a page each run, so they too
 * close in time instead of waiting forever. Conditional on still having none: a rating meanwhile wins.
 */
async function dateUndated(): Promise<number> {
  const _ = db().command;
  const docs = await fetchDocs(
    db()
      .collection('orders')
      .where({ status: _.in([...CLOSES_BY_ITSELF]), closeBy: _.exists(false) })
      .limit(DB_PAGE), // no order needed: a dated order leaves the filter, the next run reads the next page
  );
  const closing = new Map<string, Awaited<ReturnType<typeof orderSettingsOf>>['settings']>();
  let dated = 0;
  for (const raw of docs) {
    const order = orderDoc.parse(raw);
    if (!closing.has(order.communityId))
      closing.set(order.communityId, (await orderSettingsOf(order.communityId)).settings);
    const kind = order.status === 'rectified' ? 'confirm' : 'rate';
    const closeBy = closeByFor(order.updatedAt, kind, closing.get(order.communityId)?.closing);
    const res = (await db()
      .collection('orders')
      .where({ _id: order._id, status: order.status, closeBy: _.exists(false) })
      .update({ data: { closeBy } })) as { stats: { updated: number } };
    dated += res.stats.updated;
  }
  return dated;
}

async function closeOne(order: OrderDoc, now: Date): Promise<boolean> {
  const move = nextStatus(order.status, { type: 'close' });
  if (!move.ok) return false; // the query reads only statuses that close by themselves
  const rectified = order.status === 'rectified';
  const closedAs: ClosedAs = rectified ? 'rectify_timed_out' : 'unrated';
  const since = order.closeBy ? `，至 ${chinaDateTime(order.closeBy)} ` : '';
  const followUp = entry(
    SYSTEM,
    '系统',
    'follow_up',
    now,
    rectified ? `整改回复后居民未确认${since}视为已解决` : `居民未评价${since}按未评价办结`,
  );
  const close = entry(SYSTEM, '系统', 'auto_close', now, rectified ? '整改到期未确认，办结' : '未评价，办结');
  const _ = db().command;
  const owed = owedMark(order); // the 数据看板 move, owed in the same write
  const res = (await db()
    .collection('orders')
    .where({ _id: order._id, status: order.status, closeBy: order.closeBy })
    .update({
      data: {
        status: move.to,
        closedAs,
        updatedAt: now,
        closeBy: _.remove(),
        timeline: _.push([followUp, close]),
        ...owed.fields,
      },
    })) as { stats: { updated: number } };
  if (res.stats.updated !== 1) return false;
  const after: OrderDoc = {
    ...order,
    status: move.to,
    closedAs,
    updatedAt: now,
    timeline: [...order.timeline, followUp, close],
    statsMark: owed.mark,
  };
  delete after.closeBy;
  await settleOrderStats(after, owed.mark); // the 数据看板 counters (never throws)
  await settleOrderPointsAfterMove(after); // never throws
  return true;
}
