/**
 * Working days (工作日) by China's official calendar: weekends and the State Council's holidays are
 * off, and a 调休 weekend day (补班, e.g. Saturday 2026-10-10) is a working day. The calendar is the
 * maintained `chinese-days` package, never a list written here. Every deadline counted in days (not
 * hours) is counted in these: 限时办结's days, a transfer's 15 days, the days to rate or to confirm
 * a 整改. Pure: days are China calendar days (domain/china-time.ts), whatever zone the machine is in.
 *
 * Outside the years the package knows (2004 up to the year its last release covers; the State
 * Council publishes the next year's arrangement each November, and upgrading the package brings it),
 * only weekends are off: a deadline there may fall on a holiday not yet published, never on a
 * weekend. `calendarCovers` says which years are covered, so the client can say so.
 */
import calendar from 'chinese-days/dist/chinese-days.json';
import { chinaWallClock, fromChinaWallClock } from './china-time';

const DAY_MS = 24 * 3600_000;

/**
 * The package's published data, keyed by calendar day ("2026-10-01"): `holidays` (days off, weekends
 * within a holiday included) and `workdays` (调休 weekend days that are worked). Its functions read a
 * Date through the machine's zone and shift a day west of UTC; the data has no zone.
 */
const HOLIDAYS: Readonly<Record<string, string>> = calendar.holidays;
const WORKDAYS: Readonly<Record<string, string>> = calendar.workdays;
const COVERED_YEARS = new Set(Object.keys(HOLIDAYS).map((day) => Number(day.slice(0, 4))));

/** Does the package know this year's holidays? */
export const calendarCovers = (year: number): boolean => COVERED_YEARS.has(year);

/** Is this China calendar day ("2026-10-10") a working day? */
export function isWorkingDay(day: string): boolean {
  if (WORKDAYS[day]) return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5 && !HOLIDAYS[day];
}

/**
 * `days` working days after `at`, at the same China clock time: filed Thursday 15:00, one working
 * day is Friday 15:00; filed Friday 15:00, Monday 15:00 (a 调休 Saturday counts). Started on a day
 * off, the clock starts at 00:00 of the next working day, so one working day is that day's end.
 */
export function addWorkingDays(at: Date, days: number): Date {
  const wall = chinaWallClock(at);
  let day = wall.toISOString().slice(0, 10);
  let clock = wall.getTime() - Date.parse(`${day}T00:00:00Z`);
  if (!isWorkingDay(day)) {
    day = nextWorkingDay(day);
    clock = 0;
  }
  for (let left = Math.max(0, Math.round(days)); left > 0; left -= 1) day = nextWorkingDay(day);
  return fromChinaWallClock(new Date(Date.parse(`${day}T00:00:00Z`) + clock));
}

/** The first working day after `day`. */
function nextWorkingDay(day: string): string {
  let t = Date.parse(`${day}T00:00:00Z`);
  do t += DAY_MS;
  while (!isWorkingDay(new Date(t).toISOString().slice(0, 10)));
  return new Date(t).toISOString().slice(0, 10);
}
