/** How a booking day reads on a chip: 今天 / 明天 / 后天, else the weekday; with month and day. */
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export function dayLabel(day: string, days: readonly string[]): { top: string; date: string } {
  const [, m, d] = day.split('-').map(Number);
  const index = days.indexOf(day);
  const near = ['今天', '明天', '后天'][index];
  const weekday = WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()];
  return { top: near ?? weekday, date: `${m}月${d}日` };
}

/** "12月4日 周五 09:00-10:00" */
export function slotLabel(day: string, start: string, end: string): string {
  const [, m, d] = day.split('-').map(Number);
  return `${m}月${d}日 ${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${start}-${end}`;
}

/** The booking pages (packages/places), for links from 服务阵地, 我的 and 阵地管理. */
export const BOOKING_PAGES = {
  book: (placeId: string) => `/packages/places/book/index?placeId=${placeId}`,
  mine: '/packages/places/bookings/index',
  rooms: (placeId: string) => `/packages/admin/rooms/index?placeId=${placeId}`,
} as const;
