/**
 * Orders move the 数据看板 counters by facts(after) − facts(before) (domain/stats/order-facts.ts),
 * in the periods of the order's filing month. Every write path of an order owes its move in the
 * same conditional update that changes the order and settles it right after (order-mark.ts says
 * how that stays exactly once): submit, dispatch, take, complete, rate, rectify, cancel, 退单/改派,
 * the department's moves, 联席会议 transfers and the timer's escalations and closings.
 *
 * 服务居民（去重）: a resident counts once per period however many orders they file. A marker
 * document `<communityId>:<period>:<residentId>` in stats_marks is created by the first order of
 * theirs in the period (an insert with that id fails for the second), and only the insert that
 * created it moves `served` — exact, one small write per filing, and no set kept in a counter.
 */
import { orderFacts, orderScopes, type CountedOrder } from '../../../domain/stats/order-facts';
import { statsPeriodKeysOf } from '../../../domain/stats/periods';
import { db } from '../cloud';
import { markMovesBetween } from './mark-moves';
import type { StatsMove } from './counters';

export const MARKS = 'stats_marks';

/** The moves an order's change makes (pure; the bench's seeding and tests use it too). */
export function orderMoves(before: CountedOrder | null, after: CountedOrder): StatsMove[] {
  const counted = (o: CountedOrder | null) =>
    o ? { scopes: orderScopes(o), facts: orderFacts(o) } : { scopes: [], facts: {} };
  return markMovesBetween(after.communityId, after.createdAt, counted(before), counted(after));
}

/** 服务居民: the first order of a resident in each period creates its marker and counts them. */
export async function servedMoves(order: CountedOrder): Promise<StatsMove[]> {
  const out: StatsMove[] = [];
  for (const period of statsPeriodKeysOf(order.createdAt)) {
    const _id = `${order.communityId}:${period}:${order.residentId}`;
    try {
      await db()
        .collection(MARKS)
        .add({ data: { _id, communityId: order.communityId, period } });
      out.push({ communityId: order.communityId, period, scope: 'all', delta: { served: 1 } });
    } catch {
      // already served this period (or the marker failed: the timer's recount repairs `served`)
    }
  }
  return out;
}
