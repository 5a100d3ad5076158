/**
 * China time (UTC+8, no daylight saving), the one place the offset is written. The functions run
 * in UTC and a phone may be set to any zone, so calendar days, month starts and clock times the
 * community sees are computed from the instant, never from the machine's zone. Pure.
 */
export const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** The instant shifted so that its UTC fields read as China wall-clock time. */
export const chinaWallClock = (at: Date): Date => new Date(at.getTime() + CHINA_OFFSET_MS);

/** The instant whose China wall-clock time has the UTC fields of `wall` (the inverse of chinaWallClock). */
export const fromChinaWallClock = (wall: Date): Date => new Date(wall.getTime() - CHINA_OFFSET_MS);

/** The China calendar day of an instant, "2025-03-04". */
export const chinaDay = (at: Date): string => chinaWallClock(at).toISOString().slice(0, 10);

/** "2025-03-04 09:30", China time (as WeChat's `time` template keywords want it). */
export function chinaDateTime(at: Date): string {
  const t = chinaWallClock(at).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

/** The China day `days` after the one `now` falls on. */
export const chinaDayAfter = (days: number, now: Date): string => chinaDay(new Date(now.getTime() + days * DAY_MS));

/** An ISO instant for a China day and clock time: ("2025-03-04", "15:00") → "2025-03-04T15:00:00+08:00". */
export const chinaInstant = (day: string, time = '00:00'): string => `${day}T${time}:00+08:00`;

/** The end of a China day (24:00), when something due that day falls due. */
export const endOfChinaDay = (day: string): Date => new Date(new Date(chinaInstant(day)).getTime() + DAY_MS);
