/**
 * Board periods in China time (UTC+8, no daylight saving): "this month" and "this year" start at
 * local midnight of the 1st, whatever the server's time zone.
 */
import type { BoardPeriod } from '../../types/points';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** The instant the period began, or undefined for `all`. */
export function periodStart(period: BoardPeriod, now: Date): Date | undefined {
  if (period === 'all') return undefined;
  const local = new Date(now.getTime() + CHINA_OFFSET_MS);
  const month = period === 'month' ? local.getUTCMonth() : 0;
  return new Date(Date.UTC(local.getUTCFullYear(), month, 1) - CHINA_OFFSET_MS);
}
