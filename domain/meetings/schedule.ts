/**
 * Dates of 议事 in China time (UTC+8, no daylight saving): the next 逢四说事 day, and when a
 * decision's due day ends. Plain arithmetic, so tests can pin any instant.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * The first fixed day strictly after `after`'s China calendar day, at the same clock time.
 * E.g. days [4, 14, 24]: after the 4th comes the 14th; after the 24th, the 4th of next month.
 */
export function nextFixedDay(after: Date, days: readonly number[]): Date {
  const local = new Date(after.getTime() + CHINA_OFFSET_MS);
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
  return new Date(next.getTime() - CHINA_OFFSET_MS);
}

/** The China calendar day of an instant, 'YYYY-MM-DD'. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A due day ends at 24:00 China time. */
export function endOfChinaDay(day: string): Date {
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 24 * 3600_000);
}

/** 逾期: past its due day and not yet done. */
export function isOverdue(d: { dueAt: Date; done: boolean }, now: Date): boolean {
  return !d.done && now.getTime() >= d.dueAt.getTime();
}
