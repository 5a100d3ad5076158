/**
 * An order's `_id` is derived from who filed it and their requestId, so the same request sent
 * twice (a double tap, a retry after a timeout) lands on the same document instead of two.
 */
import { createHash } from 'node:crypto';

export function orderIdFor(filerUserId: string, requestId: string): string {
  return 'o_' + createHash('sha256').update(`${filerUserId}:${requestId}`).digest('hex').slice(0, 24);
}
