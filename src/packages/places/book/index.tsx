/**
 * 预约场地: a place's 活动室 / 会议室. Date chips (今天, 明天…), then the day's slots as big tiles —
 * 可约 (tap to book), 已约 (someone has it; never who), 不可约 (blocked by the community or over), 我的.
 * A tap on 可约 opens the confirm sheet; the answer shows as 预约成功 with the slot, or the reason
 * (该时段已被预约 when someone was quicker — the grid is reloaded so she sees it taken).
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { SLOT_STATE_LABELS, type BookingView, type SlotView } from '../../../../types/bookings';
import { useTextSize } from '@/features/elder-mode';
import { useLoaded } from '@/features/notices/use-loaded';
import { errorText } from '@/features/errors';
import { BOOKING_PAGES, slotLabel } from '@/features/places/days';
import { bookSlot, daySlots, type BookingRequest } from '@/services/bookings';
import { askAlongTheWay } from '@/features/notices/subscribe';
import { BOOKING_CONSENT } from '@/features/notices/work-consent';
import { EmptyView, ErrorView, LoadingView } from '@/components/StatusView';
import { DayPicker } from '@/components/places/DayPicker';
import { BookSheet } from './BookSheet';
import '@/components/forms.scss';
import '@/components/places/bookings.scss';

export default function BookPage() {
  const text = useTextSize();
  const placeId = useRouter().params.placeId ?? '';
  const [choice, setChoice] = useState<{ roomId?: string; day?: string }>({});
  const [picked, setPicked] = useState<SlotView | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [done, setDone] = useState<BookingView | null>(null);

  const loaded = useLoaded(useCallback(() => daySlots({ placeId, ...choice }), [placeId, choice]));
  const { data: answer, error, reload: load } = loaded;

  const confirm = async (request: BookingRequest) => {
    setBusy(true);
    setFailure('');
    // Still inside the 确认预约 tap: WeChat asks whether we may tell them if the community must cancel it.
    await askAlongTheWay(BOOKING_CONSENT);
    const res = await bookSlot(request);
    setBusy(false);
    if (!res.ok) {
      setFailure(errorText(res.error));
      void load(); // someone may have been quicker: show the slot as it is now
      return;
    }
    setPicked(null);
    setDone(res.data.booking);
    void load();
  };

  if (error && !answer) return <ErrorView error={error} onRetry={() => void load()} />;
  if (!answer) return <LoadingView />;
  const { room } = answer;
  return (
    <View className={`page ${text.className}`}>
      <View className="booking-head">
        <Text className="booking-head__name">{answer.place.name}</Text>
        {room && (
          <Text className="muted">
            {room.name} · 可容纳 {room.capacity} 人 · {room.opens}-{room.closes} 开放 · 可提前 {room.daysAhead} 天预约
          </Text>
        )}
      </View>
      {!room ? (
        <EmptyView text="这里还没有可预约的房间，请联系社区工作人员。" />
      ) : (
        <>
          <DayPicker
            rooms={answer.rooms}
            roomId={room._id}
            days={answer.days}
            day={answer.day}
            onRoom={(roomId) => setChoice({ roomId })}
            onDay={(day) => setChoice({ roomId: room._id, day })}
          />
          {done && (
            <View className="card booking-done">
              <Text className="booking-done__title">预约成功</Text>
              <Text className="booking-card__line">
                {done.placeName} {done.roomName}
              </Text>
              <Text className="booking-card__line">{slotLabel(done.day, done.start, done.end)}</Text>
              <Button
                className="booking-to-mine"
                size="large"
                onClick={() => void Taro.navigateTo({ url: BOOKING_PAGES.mine })}
              >
                查看我的预约
              </Button>
            </View>
          )}
          {answer.slots.length === 0 ? (
            <EmptyView text="这一天没有开放的时段。" />
          ) : (
            <View className="slot-grid">
              {answer.slots.map((s) => (
                <View
                  key={s.start}
                  className={`slot slot--${s.state}`}
                  aria-label={`${s.start}-${s.end} ${SLOT_STATE_LABELS[s.state]}`}
                  onClick={() => {
                    if (s.state !== 'free') return;
                    setFailure('');
                    setPicked(s);
                  }}
                >
                  <Text className="slot__time">
                    {s.start}-{s.end}
                  </Text>
                  <Text className="slot__state">
                    {s.state === 'blocked' && s.reason ? s.reason : SLOT_STATE_LABELS[s.state]}
                  </Text>
                </View>
              ))}
            </View>
          )}
          {picked && (
            <BookSheet
              room={room}
              day={answer.day}
              slot={picked}
              busy={busy}
              failure={failure}
              onCancel={() => setPicked(null)}
              onConfirm={(r) => void confirm(r)}
            />
          )}
        </>
      )}
    </View>
  );
}
