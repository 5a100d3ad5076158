/**
 * Board periods in China time (UTC+8, no daylight saving): "this month" and "this year" start at
 * local midnight of the 1st, whatever the server's time zone.
 */
import type { BoardPeriod } from '../../types/points';
import { chinaWallClock, fromChinaWallClock } from '../china-time';

/** The instant the period began, or undefined for `all`. */
export function periodStart(period: BoardPeriod, now: Date): Date | undefined {
  if (period === 'all') return undefined;
  const local = chinaWallClock(now);
  const month = period === 'month' ? local.getUTCMonth() : 0;
  return fromChinaWallClock(new Date(Date.UTC(local.getUTCFullYear(), month, 1)));
}
