/**
 * When a meeting takes sign-ins (签到), for the attendee's scan, the typed code and the host's roll
 * alike (issue 11 point 9, issue 12 point 6): from 30 minutes before it starts until it finishes.
 * It has finished once its steps reach 落实/查事 (the sitting is over; the follow-up can run for
 * weeks) or 已结束, and in any case at the end of the China day it started on, so a meeting left on
 * an early step cannot take sign-ins for days. Plain arithmetic on the instant given, so tests pin
 * any time; the client shows the same window.
 */
import { SIGN_IN_CODE_PERIOD_MS, STEP_TABLE, type MeetingStep, type MeetingType } from '../../types/meetings';
import { refuse, type Refused } from '../../types/refusals';
import { chinaDay, chinaWallClock, endOfChinaDay } from '../china-time';

export const SIGN_IN_OPENS_BEFORE_MS = 30 * 60_000;

export interface SittingMeeting {
  type: MeetingType;
  step: MeetingStep;
  startsAt: Date;
}

export const signInOpensAt = (m: Pick<SittingMeeting, 'startsAt'>): Date =>
  new Date(m.startsAt.getTime() - SIGN_IN_OPENS_BEFORE_MS);

export const signInClosesAt = (m: Pick<SittingMeeting, 'startsAt'>): Date => endOfChinaDay(chinaDay(m.startsAt));

/** The sitting is over: the step is one of follow-up (implement phase) or 已结束. */
export function sittingOver(type: MeetingType, step: MeetingStep): boolean {
  if (step === 'finished') return true;
  return STEP_TABLE[type].find((r) => r.step === step)?.phase === 'implement';
}

const hhmm = (at: Date): string => chinaWallClock(at).toISOString().slice(11, 16);

/** null when a sign-in is taken now; else SIGN_IN_NOT_OPEN (saying when it opens) or SIGN_IN_CLOSED. */
export function signInAllows(m: SittingMeeting, now: Date): Refused | null {
  if (sittingOver(m.type, m.step) || now.getTime() >= signInClosesAt(m).getTime()) return refuse('SIGN_IN_CLOSED');
  const opens = signInOpensAt(m);
  if (now.getTime() < opens.getTime()) {
    const day = chinaDay(opens) === chinaDay(now) ? '今天' : chinaDay(opens);
    return refuse('SIGN_IN_NOT_OPEN', `签到在会议开始前 30 分钟开放（${day} ${hhmm(opens)} 起）`);
  }
  return null;
}

export const signInOpen = (m: SittingMeeting, now: Date): boolean => signInAllows(m, now) === null;

/** The period a code belongs to: whole minutes since the epoch. */
export const codePeriod = (at: Date): number => Math.floor(at.getTime() / SIGN_IN_CODE_PERIOD_MS);

/** When the code of `at`'s period stops being shown (the host's page fetches the next one then). */
export const codeRefreshAt = (at: Date): Date => new Date((codePeriod(at) + 1) * SIGN_IN_CODE_PERIOD_MS);
