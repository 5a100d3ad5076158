/**
 * Reads every record of an export, 100 at a time (the cloud's most per read), in keyset order
 * through a declared index: never one query for a whole collection, never `skip` over thousands.
 */
import type { z } from 'zod';
import { encodeCursor } from '../../types/cursor';
import { db } from './cloud';
import { afterCursor, orderedBy, type KeysetOrder } from './cursor';
import { refusal } from './failure';
import { DB_PAGE, fetchDocs } from './records';

/** More rows than a 台账 for one community and period should ever need; beyond it, split the export. */
export const MAX_LEDGER_ROWS = 50_000;

export async function readPaged<S extends z.ZodTypeAny>(
  collection: string,
  conditions: object[],
  order: KeysetOrder,
  schema: S,
  fields?: Record<string, true>,
): Promise<z.infer<S>[]> {
  const _ = db().command;
  const out: z.infer<S>[] = [];
  let cursor: string | undefined;
  for (;;) {
    const where = cursor ? [...conditions, afterCursor(cursor, order)] : conditions;
    const query = orderedBy(db().collection(collection).where(_.and(where)), order).limit(DB_PAGE);
    const docs = await fetchDocs(fields ? query.field(fields) : query);
    for (const doc of docs) out.push(schema.parse(doc));
    if (out.length > MAX_LEDGER_ROWS) throw refusal('LEDGER_TOO_LARGE');
    if (docs.length < DB_PAGE) return out;
    const last = out[out.length - 1] as Record<string, unknown>;
    cursor = encodeCursor({ at: order.field ? (last[order.field] as Date) : undefined, id: String(last._id) });
  }
}

/**
 * [from, to) cut into `parts` equal spans, newest first: a long period is read span by span at
 * once, so the reads' round trips overlap instead of queueing one behind another.
 */
export function spans(from: Date, to: Date, parts: number): { from: Date; to: Date }[] {
  const step = Math.ceil((to.getTime() - from.getTime()) / parts);
  const out: { from: Date; to: Date }[] = [];
  for (let end = to.getTime(); end > from.getTime(); end -= step) {
    out.push({ from: new Date(Math.max(from.getTime(), end - step)), to: new Date(end) });
  }
  return out;
}
