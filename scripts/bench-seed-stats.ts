/**
 * The 数据看板 counters the bench's seeded orders and entries imply, as the functions would have
 * moved them (_shared/stats: orderMoves, entryMoves, and 服务居民 distinct per period), summed in
 * memory and written once: the dashboard then reads counters at every size, as it does in use.
 */
import { orderMoves } from '../cloudfunctions/_shared/stats/orders';
import { entryMoves } from '../cloudfunctions/_shared/stats/points';
import { statsIdOf, type StatsMove } from '../cloudfunctions/_shared/stats/counters';
import type { CountedOrder, Facts } from '../domain/stats/order-facts';
import type { CountedEntry } from '../domain/stats/points-facts';
import { statsPeriodKeysOf } from '../domain/stats/periods';
import { insertInBatches, type BulkTarget } from './bench-util';

export class StatsSums {
  private docs = new Map<string, { communityId: string; period: string; scope: string; n: Facts }>();
  private served = new Map<string, Set<string>>();

  private add(moves: StatsMove[]): void {
    for (const m of moves) {
      const id = statsIdOf(m);
      const doc = this.docs.get(id) ?? { communityId: m.communityId, period: m.period, scope: m.scope, n: {} };
      for (const [k, v] of Object.entries(m.delta)) doc.n[k] = (doc.n[k] ?? 0) + v;
      this.docs.set(id, doc);
    }
  }

  order(o: CountedOrder): void {
    this.add(orderMoves(null, o));
    for (const period of statsPeriodKeysOf(o.createdAt)) {
      const key = `${o.communityId}:${period}`;
      const set = this.served.get(key) ?? new Set<string>();
      set.add(o.residentId);
      this.served.set(key, set);
    }
  }

  entry(e: CountedEntry): void {
    this.add(entryMoves(e));
  }

  write(store: BulkTarget, now: Date): void {
    for (const [key, set] of this.served) {
      const [communityId, period] = key.split(':');
      this.add([{ communityId, period, scope: 'all', delta: { served: set.size } }]);
    }
    insertInBatches(
      store,
      'stats_counters',
      [...this.docs].map(([_id, d]) => ({ _id, ...d, updatedAt: now })),
    );
  }
}
