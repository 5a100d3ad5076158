/**
 * 数据看板 counter documents: one per community, period (m/q/y, domain/stats/periods.ts) and scope
 * ('all', 'grid:<id>', 'cat:<category>', 'kind:<dispatchKind>'), holding numbers under `n`.
 * `_id` = `<communityId>:<period>:<scope>`. The one helper every state change calls:
 *
 *  - `moveStats(delta)` after a change made by a conditional update (orders move that way, outside
 *    any transaction, DESIGN.md's grab idiom): each document moves by one atomic increment, so
 *    concurrent changes never lose each other's counts; a crash between the change and this call
 *    leaves drift that stats-timer finds and repairs. It never throws: the change has committed.
 *  - `moveStatsInTx(tx, delta)` inside the transaction of a change that has one (points entries),
 *    so the counters commit with it or not at all.
 */
import { z } from 'zod';
import { statsPeriodKeysOf } from '../../../domain/stats/periods';
import type { Facts } from '../../../domain/stats/order-facts';
import { db } from '../cloud';
import type { Tx } from '../transaction';

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

/** Applies moves outside a transaction (increment, or create when missing). Never throws. */
export async function moveStats(moves: readonly StatsMove[]): Promise<void> {
  try {
    await Promise.all(moves.map((m) => moveOne(m)));
  } catch (error) {
    // Counts only in logs; stats-timer recounts and repairs what this missed.
    console.error(`[stats] counter move failed: ${String((error as { errCode?: unknown })?.errCode ?? 'unknown')}`);
  }
}

async function moveOne(m: StatsMove): Promise<void> {
  const _ = db().command;
  const coll = db().collection(STATS);
  const id = statsIdOf(m);
  const now = new Date();
  const incs = Object.fromEntries(Object.entries(m.delta).map(([k, v]) => [`n.${k}`, _.inc(v)]));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const res = (await coll.where({ _id: id }).update({ data: { ...incs, updatedAt: now } })) as Updated;
    if (res.stats.updated === 1) return;
    try {
      await coll.add({ data: { _id: id, ...key(m), n: { ...m.delta }, updatedAt: now } });
      return;
    } catch (error) {
      // Two first moves at once: the other created it; go round and increment.
      if ((error as { errCode?: unknown })?.errCode !== -502001) throw error;
    }
  }
}

const key = (m: StatsMove) => ({ communityId: m.communityId, period: m.period, scope: m.scope });

/**
 * Applies moves inside the caller's transaction, without reading: an increment is one write and a
 * document that does not exist yet reports `updated: 0` and is created then (as points/counters.ts).
 */
export async function moveStatsInTx(tx: Tx, moves: readonly StatsMove[], now: Date): Promise<void> {
  const _ = db().command;
  const results = (await Promise.all(
    moves.map((m) =>
      tx
        .collection(STATS)
        .doc(statsIdOf(m))
        .update({
          data: {
            ...Object.fromEntries(Object.entries(m.delta).map(([k, v]) => [`n.${k}`, _.inc(v)])),
            updatedAt: now,
          },
        }),
    ),
  )) as Updated[];
  await Promise.all(
    moves.map((m, i) =>
      results[i].stats.updated === 1
        ? undefined
        : tx
            .collection(STATS)
            .doc(statsIdOf(m))
            .set({ data: { ...key(m), n: { ...m.delta }, updatedAt: now } }),
    ),
  );
}
