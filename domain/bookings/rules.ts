/**
 * Who may book, and how much one person may hold (issue 15, point 3). Pure; used by the `bookings`
 * function and shown by the pages.
 */
import { addressCounts, type Residence } from '../residence';
import type { RoleGrant } from '../../types/roles';
import type { PlaceService } from '../../types/places';

/**
 * At most this many upcoming bookings a person holds at once, so one person cannot hold a whole
 * week of the 活动室; a used or cancelled booking frees its place in the count.
 */
export const MAX_UPCOMING_BOOKINGS = 3;

/**
 * A confirmed member of the community may book: one whose address was confirmed (认证), or to whom
 * the community gave a role (a grant is written only by an admin, which vouches as much as 认证).
 * A mere claim waiting for 认证 may not hold a room.
 */
export const mayBook = (p: Residence & { grants: readonly RoleGrant[] }): boolean =>
  addressCounts(p) || p.grants.length > 0;

/** The services that mean a place has rooms to book: its card shows 预约. */
export const BOOKABLE_SERVICES: readonly PlaceService[] = ['活动室', '会议室'];
export const offersBooking = (place: { services: readonly PlaceService[] }): boolean =>
  place.services.some((s) => BOOKABLE_SERVICES.includes(s));

/** Upcoming bookings still held at `now` (those started are used and free their place). */
export const stillUpcoming = <T extends { startAt: Date | string }>(held: readonly T[], now: Date): T[] =>
  held.filter((h) => new Date(h.startAt).getTime() > now.getTime());
