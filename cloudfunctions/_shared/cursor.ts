/**
 * Keyset paging for every list a function answers, over the one cursor codec (types/cursor.ts).
 * A list declares its order once — newest first by a time then `_id`, or by `_id` alone — and
 * this module turns a cursor into the query condition "after the last item shown", orders the
 * query by the same keys, and cuts a page with its next cursor. A cursor that does not decode, or
 * that has the wrong shape for this list, is INVALID_ARGUMENT with reason CURSOR_MALFORMED.
 */
import type { Page } from '../../types/envelope';
import { decodeCursor, encodeCursor, type CursorPosition } from '../../types/cursor';
import { db } from './cloud';
import { refusal } from './failure';

export interface KeysetOrder {
  /** The time field ordered first; absent when the list is ordered by `_id` alone. */
  field?: string;
  direction: 'asc' | 'desc';
}

/** Newest first on (field, _id): stable while new records arrive. */
export const newestFirst = (field: string): KeysetOrder => ({ field, direction: 'desc' });
/** By `_id` ascending: stable while records are added (members). */
export const BY_ID: KeysetOrder = { direction: 'asc' };

/** The position a cursor names for this list; CURSOR_MALFORMED otherwise. */
export function positionOf(cursor: string, order: KeysetOrder): CursorPosition {
  const position = decodeCursor(cursor);
  if (!position || Boolean(position.at) !== Boolean(order.field)) throw refusal('CURSOR_MALFORMED');
  return position;
}

/** The condition selecting what comes after `cursor` in this order. */
export function afterCursor(cursor: string, order: KeysetOrder): object {
  const { at, id } = positionOf(cursor, order);
  const _ = db().command;
  const beyond = (v: unknown) => (order.direction === 'desc' ? _.lt(v) : _.gt(v));
  if (!order.field) return { _id: beyond(id) };
  return _.or([{ [order.field]: beyond(at) }, { [order.field]: at, _id: beyond(id) }]);
}

interface Orderable<Q> {
  orderBy(field: string, direction: 'asc' | 'desc'): Q;
}

/** Orders a query by the list's keys, the same ones its cursor holds. */
export function orderedBy<Q extends Orderable<Q>>(query: Q, order: KeysetOrder): Q {
  const byField = order.field ? query.orderBy(order.field, order.direction) : query;
  return byField.orderBy('_id', order.direction);
}

/**
 * One page of `size` from up to `size + 1` documents read in this order: the extra one only says
 * there is more, and the next cursor names the last document shown.
 */
export function pageFrom<D extends { _id: string }, V>(
  docs: readonly D[],
  size: number,
  order: KeysetOrder,
  view: (doc: D) => V,
): Page<V> {
  const shown = docs.slice(0, size);
  const items = shown.map(view);
  if (docs.length <= size) return { items };
  const last = shown[shown.length - 1];
  const at = order.field ? ((last as Record<string, unknown>)[order.field] as Date) : undefined;
  return { items, nextCursor: encodeCursor({ at, id: last._id }) };
}
