/**
 * Deterministic ids. A user's `_id` is derived from their openid so that two first logins at once
 * create one profile, not two (the second insert hits the same `_id` and fails).
 * The openid itself never appears in ids, logs or answers.
 */
import { createHash } from 'node:crypto';

export function userIdFor(openid: string): string {
  return 'u_' + createHash('sha256').update(openid).digest('hex').slice(0, 24);
}
