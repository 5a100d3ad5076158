/**
 * Invitation codes (collection `invitations`, `_id` = the code): random, never derived from ids, so
 * nobody can guess another building's. No 0/O, 1/I/L: read aloud or typed from a poster safely.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;

export function newInviteCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
