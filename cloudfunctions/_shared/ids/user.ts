/**
 * Deterministic ids. A user's `_id` is derived from their openid so that two first logins at once
 * create one profile, not two (the second insert hits the same `_id` and fails).
 * The openid itself never appears in ids, logs or answers.
 */
import { hex24 } from './hash';

export function userIdFor(openid: string): string {
  return 'u_' + hex24(openid);
}
