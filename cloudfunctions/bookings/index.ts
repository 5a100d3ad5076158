/**
 * Function `bookings`: 预约服务阵地 (issue 15, point 3). Residents see a place's rooms and a day's
 * slots (可约 / 已约 / 不可约), book one slot alone or for a group, see and cancel 我的预约; community
 * admins add rooms with their slot pattern, see each day's schedule with who booked, block times,
 * and cancel a booking when the room is needed (the booker is told why).
 */
import { bookingsEventSchema, type BookingsEvent } from '../../types/bookings';
import { defineFunction } from '../_shared/define-function';
import { daySlots, myBookings, schedule } from './read';
import { book, cancel } from './book';
import { block, saveRoom, unblock } from './manage';
import { staffCancel } from './staff-cancel';

export const main = defineFunction<BookingsEvent>('bookings', bookingsEventSchema, {
  slots: (e) => daySlots(e),
  book: (e) => book(e),
  cancel: (e) => cancel(e),
  mine: (e) => myBookings(e),
  'room.save': (e) => saveRoom(e),
  schedule: (e) => schedule(e),
  block: (e) => block(e),
  unblock: (e) => unblock(e),
  staffCancel: (e) => staffCancel(e),
});
