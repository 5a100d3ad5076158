/** The counter moves from one counted snapshot of an order to another (pure; order-mark.ts). */
import { factsDelta, type Facts } from '../../../domain/stats/order-facts';
import { statsPeriodKeysOf } from '../../../domain/stats/periods';
import type { StatsMove } from './counters';

export interface CountedFacts {
  scopes: readonly string[];
  facts: Facts;
}

/** −`from` in its scopes, +`to` in its scopes, in the three periods of the filing month. */
export function markMovesBetween(
  communityId: string,
  createdAt: Date,
  from: CountedFacts,
  to: CountedFacts,
): StatsMove[] {
  const byScope = new Map<string, Facts>();
  const add = (scopes: readonly string[], facts: Facts, sign: 1 | -1) => {
    for (const scope of scopes) {
      const sum = byScope.get(scope) ?? {};
      for (const [k, v] of Object.entries(facts)) sum[k] = (sum[k] ?? 0) + sign * v;
      byScope.set(scope, sum);
    }
  };
  add(from.scopes, from.facts, -1);
  add(to.scopes, to.facts, 1);
  const moves: StatsMove[] = [];
  for (const period of statsPeriodKeysOf(createdAt)) {
    for (const [scope, facts] of byScope) {
      const delta = factsDelta(facts, {});
      if (Object.keys(delta).length > 0) moves.push({ communityId, period, scope, delta });
    }
  }
  return moves;
}
