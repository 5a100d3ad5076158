/**
 * Board periods in China time (UTC+8, no daylight saving): "this month" and "this year" start at
 * local midnight of the 1st, whatever the server's time zone.
 */
import type { BoardPeriod } from '../../types/points';
import { CHINA_OFFSET_MS, chinaWallClock, fromChinaWallClock } from '../china-time';

/** The instant the period began, or undefined for `all`. */
export function periodStart(period: BoardPeriod, now: Date): Date | undefined {
  if (period === 'all') return undefined;
  const local = chinaWallClock(now);
  const month = period === 'month' ? local.getUTCMonth() : 0;
  return fromChinaWallClock(new Date(Date.UTC(local.getUTCFullYear(), month, 1)));
}

/** The China-time month an instant falls in, as 'YYYY-MM'. */
export function chinaMonthOf(at: Date): string {
  const local = chinaWallClock(at);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The same month in MongoDB's $dateToString terms, for sums the database groups by month. */
export const CHINA_MONTH_FORMAT = {
  format: '%Y-%m',
  timezone: `+${String(CHINA_OFFSET_MS / 3600_000).padStart(2, '0')}:00`,
} as const;
