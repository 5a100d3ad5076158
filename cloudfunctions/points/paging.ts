/**
 * Keyset paging, newest first, on (time field, _id) both descending: stable while new records
 * arrive. The cursor is `<ms>.<_id>` of the last item of the previous page.
 */
import { db } from '../_shared/cloud';
import { AppFailure } from '../_shared/failure';

export const PAGE_SIZE = 20;

export function after(cursor: string, field: string): object {
  const dot = cursor.indexOf('.');
  const at = new Date(Number(cursor.slice(0, dot)));
  const id = cursor.slice(dot + 1);
  if (dot < 1 || !id || Number.isNaN(at.getTime())) throw new AppFailure('INVALID_ARGUMENT', '翻页参数不正确');
  const _ = db().command;
  return _.or([{ [field]: _.lt(at) }, { [field]: at, _id: _.lt(id) }]);
}

/** One page from PAGE_SIZE + 1 documents read: the extra one only says there is more. */
export function pageOf<D extends { _id: string }, V>(docs: D[], timeOf: (d: D) => Date, view: (d: D) => V) {
  const items = docs.slice(0, PAGE_SIZE).map(view);
  if (docs.length <= PAGE_SIZE) return { items };
  const last = docs[PAGE_SIZE - 1];
  return { items, nextCursor: `${timeOf(last).getTime()}.${last._id}` };
}
