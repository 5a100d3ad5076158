/**
 * The slot pattern of a bookable room and the bookable window (issue 15, point 3). Pure: the
 * `bookings` function refuses by these rules and the slot picker draws its chips and grid by them,
 * so client and function never disagree on which slots exist or may be booked.
 *
 * Times are China wall-clock (domain/china-time.ts): a room opens 08:00 in the community whatever
 * zone the function or the phone runs in.
 */
import { chinaDay, chinaDayAfter, chinaInstant } from '../china-time';
import { refuse, type Refused } from '../../types/refusals';
import type { RoomInput } from '../../types/bookings';

type Pattern = Pick<RoomInput, 'opens' | 'closes' | 'slotMinutes'>;

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Every slot of a day: from opening, one slot length after another, the last ending by closing. */
export function slotsOf(room: Pattern): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  const close = minutesOf(room.closes);
  for (let at = minutesOf(room.opens); at + room.slotMinutes <= close; at += room.slotMinutes) {
    out.push({ start: clockOf(at), end: clockOf(at + room.slotMinutes) });
  }
  return out;
}

export const slotEnd = (start: string, slotMinutes: number): string => clockOf(minutesOf(start) + slotMinutes);

/** The instant a slot starts. */
export const slotStartAt = (day: string, start: string): Date => new Date(chinaInstant(day, start));

/** The days a booking may be made for now: today and the next `daysAhead - 1`. */
export function bookableDays(room: Pick<RoomInput, 'daysAhead'>, now: Date): string[] {
  return Array.from({ length: room.daysAhead }, (_, i) => chinaDayAfter(i, now));
}

/** Is this slot over (or under way): it can no longer be booked, blocked or cancelled. */
export const slotStarted = (day: string, start: string, now: Date): boolean =>
  slotStartAt(day, start).getTime() <= now.getTime();

/**
 * May a slot be booked now, as far as the room's pattern and the calendar go (whether it is free is
 * the slot document's to say): a slot of the pattern, on a day inside the window, not yet started.
 */
export function checkSlot(
  room: Pattern & Pick<RoomInput, 'daysAhead'>,
  day: string,
  start: string,
  now: Date,
): Refused | null {
  if (!slotsOf(room).some((s) => s.start === start)) return refuse('SLOT_UNKNOWN');
  if (day < chinaDay(now) || slotStarted(day, start, now)) return refuse('SLOT_PAST');
  if (!bookableDays(room, now).includes(day)) {
    return refuse('SLOT_OUT_OF_WINDOW', `只能预约 ${room.daysAhead} 天内的时段`);
  }
  return null;
}

/**
 * The one document of a slot: its id is room + day + start, so every booking and every block of that
 * slot writes the same document and a transaction lets only one of them win.
 */
export const slotId = (roomId: string, day: string, start: string): string =>
  `${roomId}-${day.replace(/-/g, '')}-${start.replace(':', '')}`;
