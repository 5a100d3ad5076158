/**
 * 红榜 counter documents (domain/points/boards.ts says which an entry moves). `moveCounters` runs
 * inside the transaction that writes the entry, so a counter and the entries it sums commit
 * together; points-timer checks them against the entries and repairs drift (reconcile-boards.ts).
 */
import { z } from 'zod';
import { BOARDS, counterIdOf, countersMovedBy, type BoardFacts, type CounterKey } from '../../../domain/points/boards';
import { txGet, type Tx } from '../transaction';

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
 * Adds one entry's earning to each counter it moves (3 to 9 documents). The reads go out together,
 * then the writes: they touch different documents, so their order does not matter.
 */
export async function moveCounters(tx: Tx, entry: BoardFacts, now: Date): Promise<void> {
  const keys = countersMovedBy(entry);
  const current = await Promise.all(keys.map((key) => txGet(tx, COUNTERS, counterIdOf(key))));
  await Promise.all(
    keys.map((key, i) => {
      const raw = current[i];
      const doc = tx.collection(COUNTERS).doc(counterIdOf(key));
      const before = raw ? counterDoc.parse(raw) : null;
      const figures = {
        points: (before?.points ?? 0) + entry.lifetimeDelta,
        entries: (before?.entries ?? 0) + 1,
        updatedAt: now,
      };
      return before ? doc.update({ data: figures }) : doc.set({ data: { ...key, ...figures } });
    }),
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
