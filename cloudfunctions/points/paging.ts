/**
 * Keyset paging, newest first, on (time field, _id) both descending: stable while new records
 * arrive. The cursor is the one codec's (types/cursor.ts, cloudfunctions/_shared/cursor.ts).
 */
import { encodeCursor } from '../../types/cursor';
import { afterCursor, newestFirst } from '../_shared/cursor';

export const PAGE_SIZE = 20;

export function after(cursor: string, field: string): object {
  return afterCursor(cursor, newestFirst(field));
}

/** One page from PAGE_SIZE + 1 documents read: the extra one only says there is more. */
export function pageOf<D extends { _id: string }, V>(docs: D[], timeOf: (d: D) => Date, view: (d: D) => V) {
  const items = docs.slice(0, PAGE_SIZE).map(view);
  if (docs.length <= PAGE_SIZE) return { items };
  const last = docs[PAGE_SIZE - 1];
  return { items, nextCursor: encodeCursor({ at: timeOf(last), id: last._id }) };
}
