/**
 * Staff cancel someone's booking (the room is needed): who and when, and the reason they will be
 * told — required, since the booker reads it in 我的预约 and in the message. The slot is free again.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { BOOKING_LIMITS, bookingsEventSchema, type ScheduleSlot } from '../../../../types/bookings';
import { errorText } from '@/features/errors';
import { staffCancelBooking } from '@/services/bookings';
import { SheetDialog } from '@/components/SheetDialog';
import { Field } from '@/components/Field';

type Booker = NonNullable<ScheduleSlot['booker']>;

export function CancelBookingSheet(props: {
  slot: ScheduleSlot & { booker: Booker };
  roomName: string;
  onClose(): void;
  onDone(): void;
}) {
  const { booker } = props.slot;
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    const parsed = bookingsEventSchema.safeParse({ action: 'staffCancel', bookingId: booker.bookingId, reason });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? '请填写取消原因');
    setBusy(true);
    const res = await staffCancelBooking(booker.bookingId, reason.trim());
    setBusy(false);
    if (!res.ok) return setProblem(errorText(res.error));
    props.onDone();
  };

  return (
    <SheetDialog
      visible
      title="取消这个预约"
      confirmText="确认取消"
      cancelText="不取消"
      busy={busy}
      error={problem}
      dismissible={false}
      onCancel={props.onClose}
      onConfirm={() => void confirm()}
    >
      <View className="sheet-form">
        <Text className="booking-card__when">
          {props.roomName} {props.slot.start}-{props.slot.end}
        </Text>
        <Text className="booking-card__line">
          {booker.name}
          {booker.groupName ? `（${booker.groupName}）` : ''} · {booker.headcount} 人 · {booker.purpose}
        </Text>
        <Field label="取消原因（会告诉预约人）">
          <Input
            className="form-input booking-cancel-reason"
            value={reason}
            placeholder="例如 防汛值班需要用房"
            maxLength={BOOKING_LIMITS.reason}
            onChange={(v) => {
              setReason(v);
              setProblem('');
            }}
          />
        </Field>
        <Text className="muted">
          取消后这个时段空出来，预约人会在「我的预约」看到「已被社区取消」和原因，允许提醒的还会收到一条消息。
        </Text>
      </View>
    </SheetDialog>
  );
}
