/**
 * A wish's `_id` is derived from who posted it and their requestId, so the same post sent twice (a
 * double tap, a retry after a timeout) lands on the same document instead of two.
 */
import { hex24 } from './hash';

export function wishIdFor(posterUserId: string, requestId: string): string {
  return 'w_' + hex24(`${posterUserId}:${requestId}`);
}
