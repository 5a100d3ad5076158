/**
 * 加分: which of the ten areas, how many points (a preset or typed), and why. The requestId is the
 * page's for this member until an award goes through, so a double tap or a retry awards once.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import { AREA_LABELS, POINT_AREAS, type AccountView, type EntryView } from '../../../../types/points';
import type { RequestIdKeeper } from '@/features/orders/request-id';
import { errorText } from '@/features/errors';
import {
  AMOUNT_PRESETS,
  awardFields,
  emptyAward,
  hasErrors,
  validateAward,
  type AwardDraft,
} from '@/features/points/forms';
import { awardPoints } from '@/services/points';
import { SheetDialog } from '@/components/SheetDialog';
import { Field } from '@/components/Field';
import { POINTS_LIMITS } from '../../../../types/points';

export interface AwardSheetProps {
  userId: string;
  name: string;
  keeper: RequestIdKeeper;
  onClose(): void;
  onAwarded(entry: EntryView, figures: AccountView): void;
}

export function AwardSheet(props: AwardSheetProps) {
  const [draft, setDraft] = useState<AwardDraft>(emptyAward);
  const [errors, setErrors] = useState<Partial<Record<keyof AwardDraft, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const set = <K extends keyof AwardDraft>(k: K, v: AwardDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  const send = async () => {
    if (busy) return;
    const found = validateAward(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    setFailure('');
    const res = await awardPoints(awardFields(draft, props.userId, props.keeper.current()));
    setBusy(false);
    if (!res.ok) return setFailure(errorText(res.error)); // the same requestId goes with a retry
    props.keeper.settled();
    props.onAwarded(res.data.entry, res.data.account);
    props.onClose();
  };

  return (
    <SheetDialog
      visible
      title={`给 ${props.name} 加分`}
      confirmText="确认加分"
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={() => void send()}
    >
      <View className="sheet-scroll sheet-form">
        <Field label="积分领域" error={errors.area}>
          <View className="area-grid" role="radiogroup">
            {POINT_AREAS.map((a) => (
              <View
                key={a}
                className={draft.area === a ? 'chip chip--on' : 'chip'}
                role="radio"
                aria-checked={draft.area === a}
                onClick={() => set('area', a)}
              >
                {AREA_LABELS[a]}
              </View>
            ))}
          </View>
        </Field>
        <Field label="分值" error={errors.amount}>
          <View className="area-grid">
            {AMOUNT_PRESETS.map((n) => (
              <View
                key={n}
                className={draft.amount === String(n) ? 'chip chip--on' : 'chip'}
                onClick={() => set('amount', String(n))}
              >
                {n} 分
              </View>
            ))}
          </View>
          <Input
            className="form-input award-amount"
            type="number"
            value={draft.amount}
            placeholder="或输入分值"
            maxLength={5}
            onChange={(v) => set('amount', v)}
          />
        </Field>
        <Field label="加分事由" error={errors.reason}>
          <TextArea
            className="form-textarea award-reason"
            value={draft.reason}
            placeholder="例如：参加楼道卫生清理"
            maxLength={POINTS_LIMITS.reason}
            rows={2}
            onChange={(v) => set('reason', v)}
          />
        </Field>
        <Text className="muted">加分后不能修改；如有差错，可在明细里冲正。</Text>
      </View>
    </SheetDialog>
  );
}
