/**
 * Dates of 议事 in China time (domain/china-time.ts): the next 逢四说事 day, and whether a
 * decision is overdue. Plain arithmetic, so tests can pin any instant.
 */
import { chinaWallClock, fromChinaWallClock } from '../china-time';

/**
 * The first fixed day strictly after `after`'s China calendar day, at the same clock time.
 * E.g. days [4, 14, 24]: after the 4th comes the 14th; after the 24th, the 4th of next month.
 */
export function nextFixedDay(after: Date, days: readonly number[]): Date {
  const local = chinaWallClock(after);
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const day = local.getUTCDate();
  const later = sorted.find((d) => d > day);
  const next = new Date(local);
  if (later !== undefined) next.setUTCDate(later);
  else {
    next.setUTCDate(1);
    next.setUTCMonth(next.getUTCMonth() + 1);
    next.setUTCDate(sorted[0]);
  }
  return fromChinaWallClock(next);
}

/** 逾期: past its due day and not yet done. */
export function isOverdue(d: { dueAt: Date; done: boolean }, now: Date): boolean {
  return !d.done && now.getTime() >= d.dueAt.getTime();
}
