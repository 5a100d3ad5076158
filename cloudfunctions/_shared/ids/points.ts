/**
 * Deterministic ids for everything the points feature writes (server only: hashing needs
 * node:crypto, which the client builds do not have). An entry's `_id` IS its cause
 * (domain/points/causes.ts), so the same cause lands on the same id and is written at most once.
 */
import { CODE_ALPHABET, CODE_LENGTH } from '../../../types/points';
import { hex24, sha256 } from './hash';

/** One account per person per community. */
export const accountIdFor = (communityId: string, userId: string): string => `${communityId}_${userId}`;

/** The same person's same requestId is the same redemption: 20 identical taps make one. */
export const redemptionIdFor = (userId: string, requestId: string): string => 'rd_' + hex24(`${userId}:${requestId}`);

/** A new item's id comes from its community and name, so a double-tapped "add" makes one item. */
export const itemIdFor = (communityId: string, name: string): string => 'mi_' + hex24(`${communityId}:${name}`);

/** The per-person-per-item counter behind `limitPerPerson` (a count query cannot run in a transaction). */
export const quotaIdFor = (itemId: string, userId: string): string => `${itemId}_${userId}`;

/** The 8-character counter code of a redemption, derived from its id (so every rerun agrees). */
export function codeFor(redemptionId: string): string {
  const bytes = sha256(`code:${redemptionId}`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
  return code;
}
