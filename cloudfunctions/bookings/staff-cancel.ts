/**
 * Staff cancel a booking (the room is needed for something else): community admins of the
 * booking's community only, with a reason. The slot is freed in the same transaction as the
 * booking ends (release.ts); the booker sees 已被社区取消 and the reason in 我的预约, and — once the
 * change has committed — gets one subscribe message (if they allowed it when they booked). A failed
 * send never undoes the cancel.
 */
import type { BookingView } from '../../types/bookings';
import { loadAdmin } from '../_shared/actor';
import { notifyUser } from '../_shared/notify';
import { bookingCancelledMessage } from '../_shared/templates';
import { bookingView } from './model';
import { releaseBooking } from './release';

export async function staffCancel(input: { bookingId: string; reason: string }): Promise<{ booking: BookingView }> {
  const actor = await loadAdmin('只有社区管理员可以取消居民的预约');
  const reason = input.reason.trim();
  const booking = await releaseBooking({
    bookingId: input.bookingId,
    communityId: actor.communityId,
    now: new Date(),
    mayEnd: () => undefined, // any booking of the admin's own community (another's is NOT_FOUND)
    status: 'staff_cancelled',
    extra: { cancelReason: reason, cancelledBy: actor.userId },
  });
  await notifyUser(booking.communityId, booking.userId, bookingCancelledMessage({ ...booking, reason }));
  return { booking: bookingView(booking) };
}
