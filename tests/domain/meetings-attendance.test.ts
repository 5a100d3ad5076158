/** The sign-in window and the rotating code, pinned to instants. */
import { signInAllows, codePeriod, codeRefreshAt } from '../../domain/meetings/attendance';
import { codeFor, codeMatches } from '../../cloudfunctions/meetings/sign-in-code';
import { SIGN_IN_CODE_ALPHABET, normalizeSignInCode } from '../../types/meetings';

const start = new Date('2026-03-04T07:00:00Z'); // 15:00 China time
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const meeting = { type: 'five_step' as const, step: 'deliberate' as const, startsAt: start };

test('opens 30 minutes before the start, not a minute earlier', () => {
  expect(signInAllows(meeting, at(-31))?.reason).toBe('SIGN_IN_NOT_OPEN');
  expect(signInAllows(meeting, at(-31))?.message).toContain('14:30');
  expect(signInAllows(meeting, at(-3 * 24 * 60))?.reason).toBe('SIGN_IN_NOT_OPEN');
  expect(signInAllows(meeting, at(-30))).toBeNull();
  expect(signInAllows(meeting, at(90))).toBeNull();
});

test('closes once the sitting is over (follow-up step or 已结束) or its China day ends', () => {
  expect(signInAllows({ ...meeting, step: 'implement' }, at(10))?.reason).toBe('SIGN_IN_CLOSED');
  expect(signInAllows({ ...meeting, step: 'finished' }, at(10))?.reason).toBe('SIGN_IN_CLOSED');
  expect(signInAllows({ ...meeting, type: 'tea', step: 'check' }, at(10))?.reason).toBe('SIGN_IN_CLOSED');
  // 15:00 + 8h59 = 23:59 China time: still that day; 9h later is the next day.
  expect(signInAllows(meeting, at(8 * 60 + 59))).toBeNull();
  expect(signInAllows(meeting, at(9 * 60))?.reason).toBe('SIGN_IN_CLOSED');
});

test('a code is 6 characters of the alphabet, differs by meeting and minute, and lives two minutes', () => {
  const secret = 'a'.repeat(32);
  const now = at(0);
  const code = codeFor(secret, 'm1', codePeriod(now));
  expect(code).toMatch(new RegExp(`^[${SIGN_IN_CODE_ALPHABET}]{6}$`));
  expect(codeFor(secret, 'm2', codePeriod(now))).not.toBe(code);
  expect(codeFor('b'.repeat(32), 'm1', codePeriod(now))).not.toBe(code);
  expect(codeMatches(secret, 'm1', code, now)).toBe(true);
  expect(codeMatches(secret, 'm1', code, new Date(codeRefreshAt(now).getTime() + 30_000))).toBe(true);
  expect(codeMatches(secret, 'm1', code, new Date(codeRefreshAt(now).getTime() + 60_000))).toBe(false);
  expect(codeMatches(secret, 'm2', code, now)).toBe(false);
  expect(codeMatches(secret, 'm1', code.slice(0, 5), now)).toBe(false);
});

test('what a person types is upper-cased and stripped of spaces and dashes', () => {
  expect(normalizeSignInCode(' ab-c d2 3 ')).toBe('ABCD23');
});
