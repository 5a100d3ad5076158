/**
 * How many minutes of volunteer hours an attendance earns, and how hours are written (issue 14).
 * Pure: the activities, 微心愿 and 反馈卡 code all read hours through these, so the figure a member
 * sees, the one the ledger holds and the one the 反馈卡 prints are the same.
 */

/** Epoch milliseconds of a Date or ISO string. */
const ms = (at: Date | string): number => (at instanceof Date ? at.getTime() : new Date(at).getTime());

/**
 * The minutes between check-in and check-out that fall inside the activity's window, whole minutes,
 * never negative: arriving early or leaving late earns nothing beyond the activity's length.
 */
export function creditedMinutes(
  checkIn: Date | string,
  checkOut: Date | string,
  windowStart: Date | string,
  windowEnd: Date | string,
): number {
  const from = Math.max(ms(checkIn), ms(windowStart));
  const to = Math.min(ms(checkOut), ms(windowEnd));
  return to > from ? Math.floor((to - from) / 60_000) : 0;
}

/** 150 → "2.5 小时", 60 → "1 小时", 20 → "0.3 小时": one decimal, trailing .0 dropped. */
export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${Number.isInteger(hours) ? hours.toFixed(0) : hours.toFixed(1)} 小时`;
}

/** An hours entry's id is its cause, like a points entry's: the same cause is written at most once. */
export const hourCauses = {
  activity: (activityId: string, userId: string) => `hours:activity:${activityId}:${userId}`,
  wish: (wishId: string, userId: string) => `hours:wish:${wishId}:${userId}`,
  order: (orderId: string, userId: string) => `hours:order:${orderId}:${userId}`,
  manual: (adminUserId: string, requestId: string) => `hours:manual:${adminUserId}:${requestId}`,
};
