/**
 * Orders move the 数据看板 counters by facts(after) − facts(before) (domain/stats/order-facts.ts),
 * in the periods of the order's filing month, right after the conditional update that changed the
 * order (counters.ts says why not in the same write). Every write path of an order calls
 * `countOrderChange` once its update matched: submit, dispatch, take, complete, rate, rectify,
 * cancel, 退单/改派, the department's moves, 联席会议 transfers and the timer's escalations.
 *
 * 服务居民（去重）: a resident counts once per period however many orders they file. A marker
 * document `<communityId>:<period>:<residentId>` in stats_marks is created by the first order of
 * theirs in the period (an insert with that id fails for the second), and only the insert that
 * created it moves `served` — exact, one small write per filing, and no set kept in a counter.
 */
import { factsDelta, orderFacts, orderScopes, type CountedOrder, type Facts } from '../../../domain/stats/order-facts';
import { statsPeriodKeysOf } from '../../../domain/stats/periods';
import { db } from '../cloud';
import { moveStats, type StatsMove } from './counters';

export const MARKS = 'stats_marks';

/** The moves an order's change makes (pure; reconciliation and tests use it too). */
export function orderMoves(before: CountedOrder | null, after: CountedOrder): StatsMove[] {
  const byScope = new Map<string, Facts>();
  const add = (scopes: string[], facts: Facts, sign: 1 | -1) => {
    for (const scope of scopes) {
      const sum = byScope.get(scope) ?? {};
      for (const [k, v] of Object.entries(facts)) sum[k] = (sum[k] ?? 0) + sign * v;
      byScope.set(scope, sum);
    }
  };
  if (before) add(orderScopes(before), orderFacts(before), -1);
  add(orderScopes(after), orderFacts(after), 1);
  const moves: StatsMove[] = [];
  for (const period of statsPeriodKeysOf(after.createdAt)) {
    for (const [scope, facts] of byScope) {
      const delta = factsDelta(facts, {});
      if (Object.keys(delta).length > 0) moves.push({ communityId: after.communityId, period, scope, delta });
    }
  }
  return moves;
}

/** Moves the counters for one committed change of an order (`before` null: it was just filed). Never throws. */
export async function countOrderChange(before: CountedOrder | null, after: CountedOrder): Promise<void> {
  const moves = orderMoves(before, after);
  if (!before) moves.push(...(await servedMoves(after)));
  await moveStats(moves);
}

async function servedMoves(order: CountedOrder): Promise<StatsMove[]> {
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
