/**
 * 数据看板 counter documents: one per community, period (m/q/y, domain/stats/periods.ts) and scope
 * ('all', 'grid:<id>', 'cat:<category>', 'kind:<dispatchKind>'), holding numbers under `n`.
 * `_id` = `<communityId>:<period>:<scope>`. The one helper every state change calls:
 *
 *  - `moveStats(moves)` once a change has committed: after a conditional update (orders move that
 *    way, DESIGN.md's grab idiom) or after a transaction (points entries, through afterCommit in
 *    _shared/transaction.ts). Documents move by atomic increments, so concurrent changes never lose
 *    each other's counts and never conflict; a crash between the change and this call leaves
 *    drift that stats-timer finds and repairs. It never throws: the change has committed.
 */
import { z } from 'zod';
import { statsPeriodKeysOf } from '../../../domain/stats/periods';
import type { Facts } from '../../../domain/stats/order-facts';
import { db } from '../cloud';

export const STATS = 'stats_counters';
type Updated = { stats: { updated: number } };

export const statsDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  period: z.string(),
  scope: z.string(),
  n: z.record(z.string(), z.number()),
  updatedAt: z.coerce.date(),
});
export type StatsDoc = z.infer<typeof statsDoc>;

/** One document's move: which counter and by how much each number changes. */
export interface StatsMove {
  communityId: string;
  period: string;
  scope: string;
  delta: Facts;
}

export const statsIdOf = (k: { communityId: string; period: string; scope: string }): string =>
  `${k.communityId}:${k.period}:${k.scope}`;

/** The moves for `delta` in every scope, in the three periods `at` falls in. */
export function movesFor(communityId: string, at: Date, scopes: readonly string[], delta: Facts): StatsMove[] {
  if (Object.keys(delta).length === 0) return [];
  return statsPeriodKeysOf(at).flatMap((period) => scopes.map((scope) => ({ communityId, period, scope, delta })));
}

/** Counter documents this instance has seen exist (they are never removed): no need to ask again. */
const known = new Set<string>();

/**
 * Applies moves outside a transaction. Never throws. The moves of one change carry the same delta
 * across its scopes and periods, so they are one `where({_id: in}).update` each (one round trip,
 * not one per document); documents not yet known to exist are created (zero) first.
 */
export async function moveStats(moves: readonly StatsMove[]): Promise<void> {
  try {
    const groups = new Map<string, StatsMove[]>();
    for (const m of moves) {
      const k = JSON.stringify(m.delta);
      groups.set(k, [...(groups.get(k) ?? []), m]);
    }
    await Promise.all([...groups.values()].map((group) => moveGroup(group)));
  } catch (error) {
    // Counts only in logs; stats-timer recounts and repairs what this missed.
    console.error(`[stats] counter move failed: ${String((error as { errCode?: unknown })?.errCode ?? 'unknown')}`);
  }
}

async function moveGroup(group: StatsMove[]): Promise<void> {
  const _ = db().command;
  const coll = db().collection(STATS);
  const ids = group.map(statsIdOf);
  const unknown = group.filter((m) => !known.has(statsIdOf(m)));
  if (unknown.length) {
    const res = (await coll
      .where({ _id: _.in(unknown.map(statsIdOf)) })
      .field({ _id: true })
      .get()) as { data: { _id: string }[] };
    const present = new Set(res.data.map((d) => d._id));
    const now = new Date();
    for (const m of unknown) {
      const id = statsIdOf(m);
      if (!present.has(id)) {
        try {
          await coll.add({ data: { _id: id, ...key(m), n: {}, updatedAt: now } });
        } catch (error) {
          // Created by another change meanwhile: it exists, which is all this needs.
          if ((error as { errCode?: unknown })?.errCode !== -502001) throw error;
        }
      }
      known.add(id);
    }
  }
  const incs = Object.fromEntries(Object.entries(group[0].delta).map(([k, v]) => [`n.${k}`, _.inc(v)]));
  const res = (await coll.where({ _id: _.in(ids) }).update({ data: { ...incs, updatedAt: new Date() } })) as Updated;
  if (res.stats.updated !== ids.length) {
    // A counter document vanished (a repair rewrote it): forget what we knew; stats-timer recounts.
    for (const id of ids) known.delete(id);
    console.error(`[stats] ${ids.length - res.stats.updated} counter(s) missing; stats-timer will recount`);
  }
}

const key = (m: StatsMove) => ({ communityId: m.communityId, period: m.period, scope: m.scope });
