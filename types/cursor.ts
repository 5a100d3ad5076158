/**
 * The one keyset cursor of every list (issue #9, point 6). A cursor names the last item of the
 * page just shown by the keys the list is ordered by: `<ms>.<_id>` for lists ordered by a time and
 * then `_id` (orders, notices, meetings, the board, points), `<_id>` for lists ordered by `_id`
 * alone (members). Clients treat it as opaque and hand it back; functions decode it here, and what
 * does not decode is INVALID_ARGUMENT with reason CURSOR_MALFORMED — never a silently empty page.
 * Ids never hold a '.', so the first dot splits the time from the id.
 */
import { z } from 'zod';
import { REFUSALS } from './refusals';

export interface CursorPosition {
  /** The sort time of the last item, when the list is ordered by one. */
  at?: Date;
  id: string;
}

const ID = /^[A-Za-z0-9_:-]{1,200}$/;
const MS = /^\d{1,16}$/;
export const MAX_CURSOR_LENGTH = 240;

export function encodeCursor(position: CursorPosition): string {
  return position.at ? `${position.at.getTime()}.${position.id}` : position.id;
}

/** The position a cursor names, or null when it is not a cursor. */
export function decodeCursor(cursor: unknown): CursorPosition | null {
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH) return null;
  const dot = cursor.indexOf('.');
  const id = dot < 0 ? cursor : cursor.slice(dot + 1);
  if (!ID.test(id)) return null;
  if (dot < 0) return { id };
  const ms = cursor.slice(0, dot);
  if (!MS.test(ms)) return null;
  const at = new Date(Number(ms));
  return Number.isNaN(at.getTime()) ? null : { at, id };
}

/** The `cursor` field of every list event. Its issue carries the refusal's name to the envelope. */
export const cursorSchema = z.custom<string>((v) => decodeCursor(v) !== null, {
  message: REFUSALS.CURSOR_MALFORMED.message,
  params: { reason: 'CURSOR_MALFORMED' },
});
