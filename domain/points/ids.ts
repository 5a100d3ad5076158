/**
 * Deterministic ids for everything the points feature writes. An entry's `_id` IS its cause, so
 * the same cause (a retried call, a double tap, a timer run twice) lands on the same id and is
 * written at most once. Causes are globally unique: they name an order, a redemption, or an
 * admin plus that admin's requestId.
 */
import { createHash } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../../types/points';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
const hex24 = (text: string): string => digest(text).toString('hex').slice(0, 24);

/** One account per person per community. */
export const accountIdFor = (communityId: string, userId: string): string => `${communityId}_${userId}`;

export const causes = {
  orderTaker: (orderId: string) => `order:${orderId}:taker`,
  rating: (orderId: string) => `rate:${orderId}`,
  meeting: (meetingId: string, userId: string) => `meeting:${meetingId}:${userId}`,
  award: (adminUserId: string, requestId: string) => `award:${adminUserId}:${requestId}`,
  redeem: (redemptionId: string) => `redeem:${redemptionId}`,
  refund: (redemptionId: string) => `refund:${redemptionId}`,
  /** One reversal per entry, ever: reversing twice finds the first. */
  reversal: (entryId: string) => `reverse:${entryId}`,
};

/** The same person's same requestId is the same redemption: 20 identical taps make one. */
export const redemptionIdFor = (userId: string, requestId: string): string => 'rd_' + hex24(`${userId}:${requestId}`);

/** A new item's id comes from its community and name, so a double-tapped "add" makes one item. */
export const itemIdFor = (communityId: string, name: string): string => 'mi_' + hex24(`${communityId}:${name}`);

/** The per-person-per-item counter behind `limitPerPerson` (a count query cannot run in a transaction). */
export const quotaIdFor = (itemId: string, userId: string): string => `${itemId}_${userId}`;

/** The 8-character counter code of a redemption, derived from its id (so every rerun agrees). */
export function codeFor(redemptionId: string): string {
  const bytes = digest(`code:${redemptionId}`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
  return code;
}
