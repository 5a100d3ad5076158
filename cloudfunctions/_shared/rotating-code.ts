/**
 * A rotating sign-in code (议事 issue 11 point 9, 活动 issue 14): HMAC-SHA256 of the record's id and
 * the minute, keyed by a secret only that record holds (never in any view), cut to 6 characters of
 * the sign-in alphabet. Nobody can make one without the host's screen; a code photographed and
 * passed on stops working within two minutes. Server only (node:crypto).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SIGN_IN_CODE_ALPHABET, SIGN_IN_CODE_LENGTH, SIGN_IN_CODE_PERIOD_MS } from '../../types/meetings';

export const newSignInSecret = (): string => randomBytes(16).toString('hex');

/** The period a code belongs to: whole minutes since the epoch. */
export const codePeriod = (at: Date): number => Math.floor(at.getTime() / SIGN_IN_CODE_PERIOD_MS);

/** When the code of `at`'s period stops being shown (the host's page fetches the next one then). */
export const codeRefreshAt = (at: Date): Date => new Date((codePeriod(at) + 1) * SIGN_IN_CODE_PERIOD_MS);

export function codeFor(secret: string, recordId: string, period: number): string {
  const mac = createHmac('sha256', secret).update(`${recordId}:${period}`).digest();
  let code = '';
  for (let i = 0; i < SIGN_IN_CODE_LENGTH; i++) code += SIGN_IN_CODE_ALPHABET[mac[i] % SIGN_IN_CODE_ALPHABET.length];
  return code;
}

/** The code shown now, or the one shown the minute before (a scan at :59 still counts). */
export function codeMatches(secret: string, recordId: string, code: string, now: Date): boolean {
  const period = codePeriod(now);
  const given = Buffer.from(code);
  return [period, period - 1].some((p) => {
    const expected = Buffer.from(codeFor(secret, recordId, p));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
