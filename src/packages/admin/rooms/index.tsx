/**
 * 房间与预约 (community admins), opened from 阵地管理: a place's rooms (添加 / 编辑), and a room's day —
 * each slot with who booked it (name, group, headcount, purpose, phone) or why it is blocked. Tap
 * free slots to pick them, then 占用所选 (or 整天占用) with a reason. A block that meets a booking
 * blocks nothing and lists who is affected, so staff ring them first; nobody loses a booking unheard.
 * When the room is truly needed, 取消此预约 on a booked slot cancels it with a reason the booker is
 * told (CancelBookingSheet): the slot is free again, then it can be blocked.
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { BlockAnswer, ScheduleSlot } from '../../../../types/bookings';
import { useTextSize } from '@/features/elder-mode';
import { useLoaded } from '@/features/notices/use-loaded';
import { errorText } from '@/features/errors';
import { blockSlots, roomSchedule, unblockSlots } from '@/services/bookings';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { DayPicker } from '@/components/places/DayPicker';
import { RoomSheet } from './RoomSheet';
import { CancelBookingSheet } from './CancelBookingSheet';
import '@/components/forms.scss';
import '@/components/places/bookings.scss';

export default function RoomsAdminPage() {
  const text = useTextSize();
  const placeId = useRouter().params.placeId ?? '';
  const [choice, setChoice] = useState<{ roomId?: string; day?: string }>({});
  const [editing, setEditing] = useState<'new' | 'room' | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [reason, setReason] = useState('社区活动占用');
  const [conflicts, setConflicts] = useState<BlockAnswer['conflicts']>([]);
  const [cancelling, setCancelling] = useState<ScheduleSlot | null>(null);

  const {
    data: answer,
    error,
    reload,
  } = useLoaded(useCallback(() => roomSchedule({ placeId, ...choice }), [placeId, choice]));
  const load = async () => {
    setPicked([]);
    await reload();
  };

  if (error && !answer) return <ErrorView error={error} onRetry={() => void load()} />;
  if (!answer) return <LoadingView />;
  const { room } = answer;

  const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 });
  const block = async (starts?: string[]) => {
    if (!room) return;
    const res = await blockSlots(room._id, answer.day, reason, starts);
    if (!res.ok) return toast(errorText(res.error));
    setConflicts(res.data.conflicts);
    if (res.data.blocked) toast(`已占用 ${res.data.blocked} 个时段`);
    void load();
  };
  const unblock = async (start: string) => {
    if (!room) return;
    const res = await unblockSlots(room._id, answer.day, [start]);
    if (!res.ok) return toast(errorText(res.error));
    void load();
  };
  const toggle = (s: ScheduleSlot) => {
    if (s.state !== 'free') return;
    setPicked((p) => (p.includes(s.start) ? p.filter((x) => x !== s.start) : [...p, s.start]));
  };

  return (
    <View className={`page ${text.className}`}>
      <View className="booking-head">
        <Text className="booking-head__name">{answer.place.name}</Text>
        {room && (
          <Text className="muted">
            {room.name} · 可容纳 {room.capacity} 人 · {room.opens}-{room.closes} · 每段 {room.slotMinutes} 分钟 · 可提前{' '}
            {room.daysAhead} 天
          </Text>
        )}
      </View>
      <View className="room-buttons">
        <Button className="room-add" type="primary" size="large" onClick={() => setEditing('new')}>
          添加房间
        </Button>
        {room && (
          <Button className="room-edit" size="large" onClick={() => setEditing('room')}>
            编辑此房间
          </Button>
        )}
      </View>
      {room ? (
        <>
          <DayPicker
            rooms={answer.rooms}
            roomId={room._id}
            days={answer.days}
            day={answer.day}
            onRoom={(roomId) => {
              setPicked([]);
              setChoice({ roomId });
            }}
            onDay={(day) => {
              setPicked([]);
              setChoice({ roomId: room._id, day });
            }}
          />
          {conflicts.length > 0 && (
            <View className="card booking-conflicts">
              <Text className="booking-card__when">以下时段已有人预约，未占用任何时段：</Text>
              {conflicts.map((c) => (
                <Text key={c.start} className="booking-card__line">
                  {c.start} {c.name}
                  {c.groupName ? `（${c.groupName}）` : ''} {c.phone}
                </Text>
              ))}
              <Text className="muted">
                请先联系他们。确需用房的，在下面该时段点「取消此预约」写明原因，预约人会收到通知，再占用。
              </Text>
            </View>
          )}
          <View className="card">
            {answer.slots.map((s) => (
              <View
                key={s.start}
                className={picked.includes(s.start) ? 'schedule-row schedule-row--picked' : 'schedule-row'}
                onClick={() => toggle(s)}
              >
                <View className="schedule-row__head">
                  <Text className="schedule-row__time">
                    {s.start}-{s.end}
                  </Text>
                  <Text className={`booking-legend__item slot--${s.state}`}>
                    {s.state === 'free'
                      ? picked.includes(s.start)
                        ? '已选'
                        : '空闲'
                      : s.state === 'taken'
                        ? '已约'
                        : s.state === 'blocked'
                          ? '已占用'
                          : '已过'}
                  </Text>
                </View>
                {s.booker && (
                  <Text className="schedule-row__who">
                    {s.booker.name}
                    {s.booker.groupName ? `（${s.booker.groupName}）` : ''} · {s.booker.headcount} 人 ·{' '}
                    {s.booker.purpose}
                    {s.booker.phone ? ` · ${s.booker.phone}` : ''}
                  </Text>
                )}
                {s.booker && s.state === 'taken' && (
                  <Button
                    className="schedule-row__cancel room-staff-cancel"
                    size="small"
                    onClick={() => setCancelling(s)}
                  >
                    取消此预约
                  </Button>
                )}
                {s.state === 'blocked' && (
                  <View className="schedule-row__head">
                    <Text className="muted">{s.reason}</Text>
                    <Button className="room-unblock" size="small" onClick={() => void unblock(s.start)}>
                      解除占用
                    </Button>
                  </View>
                )}
              </View>
            ))}
          </View>
          <Text className="section-title">占用时段（占用后居民不能预约）</Text>
          <View className="card sheet-form">
            <Input
              className="form-input room-reason"
              value={reason}
              maxLength={40}
              placeholder="原因，例如 社区活动占用"
              onChange={setReason}
            />
            <Button
              className="full-button room-block"
              type="primary"
              size="large"
              disabled={!picked.length}
              onClick={() => void block(picked)}
            >
              占用所选（{picked.length}）
            </Button>
            <Button className="full-button room-block-day" size="large" onClick={() => void block()}>
              整天占用
            </Button>
          </View>
        </>
      ) : (
        <Text className="muted">这里还没有可预约的房间。点「添加房间」登记活动室或会议室。</Text>
      )}
      {cancelling?.booker && room && (
        <CancelBookingSheet
          slot={{ ...cancelling, booker: cancelling.booker }}
          roomName={room.name}
          onClose={() => setCancelling(null)}
          onDone={() => {
            setCancelling(null);
            setConflicts([]);
            toast('已取消，已通知预约人');
            void load();
          }}
        />
      )}
      {editing && (
        <RoomSheet
          placeId={placeId}
          room={editing === 'room' ? room : undefined}
          onClose={() => setEditing(null)}
          onSaved={(roomId) => {
            setPicked([]);
            setChoice({ roomId, day: answer.day });
          }}
        />
      )}
    </View>
  );
}
