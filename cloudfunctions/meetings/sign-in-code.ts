/**
 * The host's rotating sign-in code (issue 11 point 9): HMAC-SHA256 of the meeting id and the minute,
 * keyed by a secret only this meeting's record holds (never in any view), cut to 6 characters of
 * the sign-in alphabet. An attendee cannot make one without the host's screen; a code photographed
 * and passed on stops working within two minutes. Server only (node:crypto).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SIGN_IN_CODE_ALPHABET, SIGN_IN_CODE_LENGTH } from '../../types/meetings';
import { codePeriod } from '../../domain/meetings/attendance';
import { db } from '../_shared/cloud';
import { findById } from '../_shared/records';
import { meetingDoc, type MeetingDoc } from './model';

export const newSignInSecret = (): string => randomBytes(16).toString('hex');

export function codeFor(secret: string, meetingId: string, period: number): string {
  const mac = createHmac('sha256', secret).update(`${meetingId}:${period}`).digest();
  let code = '';
  for (let i = 0; i < SIGN_IN_CODE_LENGTH; i++) code += SIGN_IN_CODE_ALPHABET[mac[i] % SIGN_IN_CODE_ALPHABET.length];
  return code;
}

/** The code shown now, or the one shown the minute before (a scan at :59 still counts). */
export function codeMatches(secret: string, meetingId: string, code: string, now: Date): boolean {
  const period = codePeriod(now);
  const given = Buffer.from(code);
  return [period, period - 1].some((p) => {
    const expected = Buffer.from(codeFor(secret, meetingId, p));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/**
 * The meeting's secret. Meetings made before sign-in codes existed get one on first use, by a
 * conditional update only the first of two racing hosts wins; both then read the winner's.
 */
export async function secretOf(meeting: MeetingDoc): Promise<string> {
  if (meeting.signInSecret) return meeting.signInSecret;
  const _ = db().command;
  await db()
    .collection('meetings')
    .where({ _id: meeting._id, signInSecret: _.exists(false) })
    .update({ data: { signInSecret: newSignInSecret() } });
  const stored = await findById('meetings', meeting._id, meetingDoc);
  if (!stored?.signInSecret) throw new Error('meetings: sign-in secret was not stored');
  return stored.signInSecret;
}
