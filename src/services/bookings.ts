/** Typed calls of the `bookings` cloud function (types/bookings.ts): 预约服务阵地. */
import type { Envelope, Page } from '../../types/envelope';
import type { BlockAnswer, BookingView, DayAnswer, RoomInput, ScheduleSlot } from '../../types/bookings';
import { callCloud } from './cloud';

export interface DayChoice {
  placeId: string;
  roomId?: string;
  day?: string;
}
const chosen = (c: DayChoice) => ({
  placeId: c.placeId,
  ...(c.roomId ? { roomId: c.roomId } : {}),
  ...(c.day ? { day: c.day } : {}),
});

/** A place's rooms and one room's day: 可约 / 已约 / 不可约 / 我的 (never who booked). */
export function daySlots(c: DayChoice): Promise<Envelope<DayAnswer>> {
  return callCloud('bookings', { action: 'slots', ...chosen(c) });
}

export interface BookingRequest {
  roomId: string;
  day: string;
  start: string;
  purpose: string;
  groupName?: string;
  headcount: number;
}

export function bookSlot(r: BookingRequest): Promise<Envelope<{ booking: BookingView }>> {
  return callCloud('bookings', { action: 'book', ...r });
}

export function cancelBooking(bookingId: string): Promise<Envelope<{ booking: BookingView }>> {
  return callCloud('bookings', { action: 'cancel', bookingId });
}

/** Staff: cancel someone's booking with the reason they are told; the slot is free again. */
export function staffCancelBooking(bookingId: string, reason: string): Promise<Envelope<{ booking: BookingView }>> {
  return callCloud('bookings', { action: 'staffCancel', bookingId, reason });
}

export function myBookings(past: boolean, cursor?: string): Promise<Envelope<Page<BookingView>>> {
  return callCloud('bookings', { action: 'mine', ...(past ? { past } : {}), ...(cursor ? { cursor } : {}) });
}

/** Staff: a room's day with who booked each slot. */
export function roomSchedule(c: DayChoice): Promise<Envelope<DayAnswer<ScheduleSlot>>> {
  return callCloud('bookings', { action: 'schedule', ...chosen(c) });
}

export function saveRoom(placeId: string, room: RoomInput, roomId?: string): Promise<Envelope<{ roomId: string }>> {
  return callCloud('bookings', { action: 'room.save', placeId, room, ...(roomId ? { roomId } : {}) });
}

/** Staff: block the named slots, or the whole day without `starts`. */
export function blockSlots(
  roomId: string,
  day: string,
  reason: string,
  starts?: string[],
): Promise<Envelope<BlockAnswer>> {
  return callCloud('bookings', { action: 'block', roomId, day, reason, ...(starts ? { starts } : {}) });
}

export function unblockSlots(roomId: string, day: string, starts?: string[]): Promise<Envelope<{ unblocked: number }>> {
  return callCloud('bookings', { action: 'unblock', roomId, day, ...(starts ? { starts } : {}) });
}
