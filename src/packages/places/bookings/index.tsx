/**
 * 我的预约: the places one booked, 待使用 soonest first (取消预约 frees the slot for others), and
 * 已过去 (used or cancelled) latest first. 20 a page. A booking the community cancelled (the room
 * was needed) stays under 待使用 until its time, marked 已被社区取消 with the reason; the message
 * telling of it opens this page with its `bookingId`, and that card is marked.
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { BOOKING_STATUS_LABELS, type BookingView } from '../../../../types/bookings';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { usePagedList } from '@/features/list/use-paged-list';
import { slotLabel } from '@/features/places/days';
import { cancelBooking, myBookings } from '@/services/bookings';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';
import '@/components/places/bookings.scss';

export default function MyBookingsPage() {
  const text = useTextSize();
  const [past, setPast] = useState(false);
  const opened = useRouter().params.bookingId ?? '';
  const list = usePagedList(useCallback((cursor?: string) => myBookings(past, cursor), [past]));

  const cancel = async (b: BookingView) => {
    const sure = await Taro.showModal({
      title: '取消这个预约？',
      content: `${b.placeName} ${b.roomName}，${slotLabel(b.day, b.start, b.end)}。取消后别人可以预约这个时段。`,
      confirmText: '取消预约',
      cancelText: '不取消',
    });
    if (!sure.confirm) return;
    const res = await cancelBooking(b._id);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none', duration: 2500 });
    list.remove(b._id);
    void Taro.showToast({ title: '已取消预约', icon: 'success' });
  };

  return (
    <View className={`page ${text.className}`}>
      <View className="chip-row" role="tablist">
        <Text className={!past ? 'chip chip--on' : 'chip'} onClick={() => setPast(false)}>
          待使用
        </Text>
        <Text className={past ? 'chip chip--on' : 'chip'} onClick={() => setPast(true)}>
          已过去
        </Text>
      </View>
      <PagedListView
        list={list}
        empty={past ? '还没有过去的预约。' : '还没有预约。在「服务阵地」里找到红色驿站或党群服务中心，点「预约」。'}
        render={(b) => (
          <View className={b._id === opened ? 'card booking-card booking-card--opened' : 'card booking-card'}>
            <Text className="booking-card__when">{slotLabel(b.day, b.start, b.end)}</Text>
            <Text className="booking-card__line">
              {b.placeName} · {b.roomName}
            </Text>
            <Text className="booking-card__line">
              {b.groupName ? `${b.groupName} · ` : ''}
              {b.headcount} 人 · {b.purpose}
            </Text>
            {b.status === 'staff_cancelled' ? (
              <View className="booking-staff-cancelled">
                <Text className="booking-staff-cancelled__label">{BOOKING_STATUS_LABELS.staff_cancelled}</Text>
                {b.cancelReason && <Text className="booking-card__line">原因：{b.cancelReason}</Text>}
                {!past && <Text className="muted">这个时段不用再来了。需要的话，可以另约其他时段。</Text>}
              </View>
            ) : past ? (
              <Text className="muted">{b.status === 'cancelled' ? BOOKING_STATUS_LABELS.cancelled : '已使用'}</Text>
            ) : (
              <Button className="booking-cancel" size="large" onClick={() => void cancel(b)}>
                取消预约
              </Button>
            )}
          </View>
        )}
      />
    </View>
  );
}
