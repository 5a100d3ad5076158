/**
 * The merchant's code (types/merchants.ts): HMAC-SHA256 of the place id and the 10-minute period,
 * keyed by the shop's secret (never in any answer), cut to 6 characters. A resident cannot make one
 * without the merchant's screen, and a photographed or printed code stops working within 20
 * minutes; the ledger's cause (one per resident, service and day) bounds what a code can earn.
 * Server only (node:crypto).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { MERCHANT_CODE_ALPHABET, MERCHANT_CODE_LENGTH } from '../../types/merchants';
import { merchantCodePeriod } from '../../domain/merchants/access';

export function merchantCodeFor(secret: string, placeId: string, period: number): string {
  const mac = createHmac('sha256', secret).update(`merchant:${placeId}:${period}`).digest();
  let code = '';
  for (let i = 0; i < MERCHANT_CODE_LENGTH; i++) code += MERCHANT_CODE_ALPHABET[mac[i] % MERCHANT_CODE_ALPHABET.length];
  return code;
}

/** The code shown now, or the one shown the period before (a code read at :59 still counts). */
export function merchantCodeMatches(secret: string, placeId: string, code: string, now: Date): boolean {
  const period = merchantCodePeriod(now);
  const given = Buffer.from(code);
  return [period, period - 1].some((p) => {
    const expected = Buffer.from(merchantCodeFor(secret, placeId, p));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
