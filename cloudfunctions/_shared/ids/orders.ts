/**
 * An order's `_id` is derived from who filed it and their requestId, so the same request sent
 * twice (a double tap, a retry after a timeout) lands on the same document instead of two.
 */
import { hex24 } from './hash';

export function orderIdFor(filerUserId: string, requestId: string): string {
  return 'o_' + hex24(`${filerUserId}:${requestId}`);
}
