/**
 * The host's rotating sign-in code (issue 11 point 9): HMAC-SHA256 of the meeting id and the minute,
 * keyed by a secret only this meeting's record holds (never in any view), cut to 6 characters of
 * the sign-in alphabet. An attendee cannot make one without the host's screen; a code photographed
 * and passed on stops working within two minutes. Server only (node:crypto).
 */
import { newSignInSecret } from '../_shared/rotating-code';
import { db } from '../_shared/cloud';
import { findById } from '../_shared/records';
import { meetingDoc, type MeetingDoc } from './model';

// The code itself is shared with activities (issue 14): one HMAC rule for every host's screen.
export { codeFor, codeMatches, newSignInSecret } from '../_shared/rotating-code';

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
