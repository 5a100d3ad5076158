/**
 * Add or edit a bookable room: its name (活动室, 会议室), how many it holds, opening and closing time,
 * the length of one slot, and how many days ahead residents may book. Checked by the function's
 * own schema (types/bookings.ts) before it is sent.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { SLOT_MINUTES, roomInputSchema, type RoomInput, type RoomView } from '../../../../types/bookings';
import { errorText } from '@/features/errors';
import { saveRoom } from '@/services/bookings';
import { SheetDialog } from '@/components/SheetDialog';
import { Field } from '@/components/Field';

type Draft = { name: string; capacity: string; opens: string; closes: string; slotMinutes: number; daysAhead: string };

export function RoomSheet(props: { placeId: string; room?: RoomView; onClose(): void; onSaved(roomId: string): void }) {
  const r = props.room;
  const [d, setD] = useState<Draft>({
    name: r?.name ?? '活动室',
    capacity: String(r?.capacity ?? 20),
    opens: r?.opens ?? '08:00',
    closes: r?.closes ?? '20:00',
    slotMinutes: r?.slotMinutes ?? 60,
    daysAhead: String(r?.daysAhead ?? 7),
  });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const set = (k: keyof Draft, v: string | number) => setD((x) => ({ ...x, [k]: v }));

  const save = async () => {
    const parsed = roomInputSchema.safeParse({
      name: d.name,
      capacity: Number(d.capacity),
      opens: d.opens,
      closes: d.closes,
      slotMinutes: d.slotMinutes,
      daysAhead: Number(d.daysAhead),
    });
    if (!parsed.success) return setFailure(parsed.error.issues[0]?.message ?? '请检查填写的内容');
    setBusy(true);
    setFailure('');
    const res = await saveRoom(props.placeId, parsed.data as RoomInput, r?._id);
    setBusy(false);
    if (!res.ok) return setFailure(errorText(res.error));
    props.onSaved(res.data.roomId);
    props.onClose();
  };

  const input = (k: 'name' | 'capacity' | 'opens' | 'closes' | 'daysAhead', label: string, placeholder: string) => (
    <Field label={label}>
      <Input
        className={`form-input room-${k}`}
        value={d[k]}
        placeholder={placeholder}
        type={k === 'capacity' || k === 'daysAhead' ? 'number' : 'text'}
        onChange={(v) => set(k, v)}
      />
    </Field>
  );

  return (
    <SheetDialog
      visible
      title={r ? `编辑「${r.name}」` : '添加可预约的房间'}
      confirmText="保存"
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={() => void save()}
    >
      <View className="sheet-scroll sheet-form">
        {input('name', '房间名称', '例如 活动室、会议室')}
        {input('capacity', '可容纳人数', '例如 20')}
        {input('opens', '开门时间', '例如 08:00')}
        {input('closes', '关门时间', '例如 20:00')}
        <Field label="每段时长">
          <View className="chip-row">
            {SLOT_MINUTES.map((m) => (
              <Text
                key={m}
                className={d.slotMinutes === m ? 'chip chip--on' : 'chip'}
                onClick={() => set('slotMinutes', m)}
              >
                {m} 分钟
              </Text>
            ))}
          </View>
        </Field>
        {input('daysAhead', '可提前几天预约', '例如 7')}
      </View>
    </SheetDialog>
  );
}
