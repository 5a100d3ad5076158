/**
 * Confirm one slot: what it is for, a group name if a group books (舞蹈队), and how many come (at
 * most what the room holds). Checked by the same schema the function uses before it is sent.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { bookingsEventSchema, type RoomView, type SlotView } from '../../../../types/bookings';
import { SheetDialog } from '@/components/SheetDialog';
import { Field } from '@/components/Field';
import { slotLabel } from '@/features/places/days';
import type { BookingRequest } from '@/services/bookings';

export function BookSheet(props: {
  room: RoomView;
  day: string;
  slot: SlotView;
  busy: boolean;
  failure: string;
  onCancel(): void;
  onConfirm(r: BookingRequest): void;
}) {
  const [purpose, setPurpose] = useState('');
  const [groupName, setGroupName] = useState('');
  const [headcount, setHeadcount] = useState('1');
  const [problem, setProblem] = useState('');

  const confirm = () => {
    const request: BookingRequest = {
      roomId: props.room._id,
      day: props.day,
      start: props.slot.start,
      purpose: purpose.trim(),
      ...(groupName.trim() ? { groupName: groupName.trim() } : {}),
      headcount: Number(headcount),
    };
    const parsed = bookingsEventSchema.safeParse({ action: 'book', ...request });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? '请检查填写的内容');
    if (request.headcount > props.room.capacity)
      return setProblem(`${props.room.name}最多容纳 ${props.room.capacity} 人`);
    setProblem('');
    props.onConfirm(request);
  };

  return (
    <SheetDialog
      visible
      title={`预约${props.room.name}`}
      confirmText="确认预约"
      busy={props.busy}
      error={problem || props.failure}
      onCancel={props.onCancel}
      onConfirm={confirm}
    >
      <View className="sheet-form">
        <Text className="booking-card__when">{slotLabel(props.day, props.slot.start, props.slot.end)}</Text>
        <Field label="用途">
          <Input
            className="form-input booking-purpose"
            value={purpose}
            placeholder="例如 广场舞排练、读书会"
            maxLength={40}
            onChange={setPurpose}
          />
        </Field>
        <Field label="团队名称（个人预约可不填）">
          <Input
            className="form-input booking-group"
            value={groupName}
            placeholder="例如 舞蹈队"
            maxLength={20}
            onChange={setGroupName}
          />
        </Field>
        <Field label={`人数（最多 ${props.room.capacity} 人）`}>
          <Input
            className="form-input booking-headcount"
            type="number"
            value={headcount}
            maxLength={3}
            onChange={setHeadcount}
          />
        </Field>
      </View>
    </SheetDialog>
  );
}
