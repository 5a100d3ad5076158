/**
 * 红榜 counter documents (domain/points/boards.ts says which an entry moves). `moveCounters` runs
 * inside the transaction that writes the entry, so a counter and the entries it sums commit
 * together; points-timer checks them against the entries and repairs drift (reconcile-boards.ts).
 */
import { z } from 'zod';
import { BOARDS, counterIdOf, countersMovedBy, type BoardFacts, type CounterKey } from '../../../domain/points/boards';
import { db } from '../cloud';
import type { Tx } from '../transaction';

type Updated = { stats: { updated: number } };

export const COUNTERS = 'point_counters';

export const counterDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  board: z.enum(BOARDS),
  period: z.string(),
  gridId: z.string(),
  subjectId: z.string(),
  points: z.number(),
  entries: z.number(),
  updatedAt: z.coerce.date(),
});
export type CounterDoc = z.infer<typeof counterDoc>;

/**
 * Adds one entry's earning to each counter it moves (3 to 9 documents), without reading them: an
 * increment is one write, and a counter that does not exist yet (the first entry of a person, grid
 * or period) reports `updated: 0` and is created then. The writes touch different documents, so
 * they go out together. Each write locks its counter as a read-then-write would, so two
 * transactions moving the same counter still conflict (one reruns), and none is lost.
 */
export async function moveCounters(tx: Tx, entry: BoardFacts, now: Date): Promise<void> {
  const keys = countersMovedBy(entry);
  const _ = db().command;
  const moved = { points: _.inc(entry.lifetimeDelta), entries: _.inc(1), updatedAt: now };
  const results = (await Promise.all(
    keys.map((key) => tx.collection(COUNTERS).doc(counterIdOf(key)).update({ data: moved })),
  )) as Updated[];
  await Promise.all(
    keys.map((key, i) =>
      results[i].stats.updated === 1
        ? undefined
        : tx
            .collection(COUNTERS)
            .doc(counterIdOf(key))
            .set({ data: { ...key, points: entry.lifetimeDelta, entries: 1, updatedAt: now } }),
    ),
  );
}

/** Sets a counter to the figures it should hold (reconciliation's repair), in the caller's transaction. */
export async function setCounter(
  tx: Tx,
  key: CounterKey,
  figures: { points: number; entries: number },
  now: Date,
): Promise<void> {
  await tx
    .collection(COUNTERS)
    .doc(counterIdOf(key))
    .set({ data: { ...key, ...figures, updatedAt: now } });
}
