/**
 * 发起会议: one of the five types (其他议事 with its own name, e.g. 凉亭议事会), the subject, the
 * day and time (China time; a tap on 明天 / 后天 / 一周后 or typed), the place, and whether it is
 * the whole community's or one grid's.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType, type MeetingView } from '../../../../types/meetings';
import type { OrgTree } from '../../../../types/org';
import { errorText } from '@/features/errors';
import {
  createFields,
  DAY_PRESETS,
  dayAfter,
  emptyCreate,
  hasErrors,
  validateCreate,
  type CreateDraft,
} from '@/features/meetings/forms';
import { createMeeting } from '@/services/meetings';
import { SheetDialog } from '@/components/SheetDialog';
import { ChoiceList } from '@/components/ChoiceList';
import { Field } from '@/components/Field';
import { MEETING_LIMITS } from '../../../../types/meetings';

export function CreateSheet(props: { tree?: OrgTree | null; onClose(): void; onCreated(m: MeetingView): void }) {
  const [draft, setDraft] = useState<CreateDraft>(() => emptyCreate());
  const [errors, setErrors] = useState<Partial<Record<keyof CreateDraft, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const set = <K extends keyof CreateDraft>(k: K, v: CreateDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  const send = async () => {
    if (busy) return;
    const found = validateCreate(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    setFailure('');
    const res = await createMeeting(createFields(draft));
    setBusy(false);
    if (!res.ok) return setFailure(errorText(res.error));
    props.onCreated(res.data.meeting);
    props.onClose();
  };

  const grids = [
    { value: '', label: '全社区' },
    ...(props.tree?.grids ?? []).map((g) => ({ value: g._id, label: g.name })),
  ];
  return (
    <SheetDialog
      visible
      title="发起会议"
      confirmText="发起"
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={() => void send()}
    >
      <View className="sheet-scroll sheet-form create-form">
        <Field label="会议类型" error={errors.type}>
          <View className="chip-row create-types" role="radiogroup">
            {MEETING_TYPES.map((t) => (
              <View
                key={t}
                className={draft.type === t ? 'chip chip--on' : 'chip'}
                role="radio"
                aria-checked={draft.type === t}
                onClick={() => set('type', t as MeetingType)}
              >
                {MEETING_TYPE_LABELS[t]}
              </View>
            ))}
          </View>
        </Field>
        {draft.type === 'other' && (
          <Field label="会议名称" error={errors.name}>
            <Input
              className="form-input create-name"
              value={draft.name}
              placeholder="例如：凉亭议事会"
              maxLength={MEETING_LIMITS.name}
              onChange={(v) => set('name', v)}
            />
          </Field>
        )}
        <Field label="会议主题" error={errors.title}>
          <Input
            className="form-input create-title"
            value={draft.title}
            placeholder="例如：小区停车难怎么办"
            maxLength={MEETING_LIMITS.title}
            onChange={(v) => set('title', v)}
          />
        </Field>
        <Field label="日期" error={errors.day}>
          <View className="chip-row">
            {DAY_PRESETS.map((p) => (
              <View
                key={p.days}
                className={draft.day === dayAfter(p.days) ? 'chip chip--on' : 'chip'}
                onClick={() => set('day', dayAfter(p.days))}
              >
                {p.label}
              </View>
            ))}
          </View>
          <Input
            className="form-input create-day"
            value={draft.day}
            placeholder="2025-03-04"
            maxLength={10}
            onChange={(v) => set('day', v)}
          />
        </Field>
        <Field label="时间" error={errors.time}>
          <Input
            className="form-input create-time"
            value={draft.time}
            placeholder="15:00"
            maxLength={5}
            onChange={(v) => set('time', v)}
          />
        </Field>
        <Field label="地点" error={errors.place}>
          <Input
            className="form-input create-place"
            value={draft.place}
            maxLength={MEETING_LIMITS.place}
            onChange={(v) => set('place', v)}
          />
        </Field>
        {grids.length > 1 && (
          <Field label="范围">
            <ChoiceList choices={grids} value={draft.gridId} onChange={(v) => set('gridId', v)} />
          </Field>
        )}
      </View>
    </SheetDialog>
  );
}
