/**
 * 冲正: correct an earning with an opposite entry and a reason. The entry itself stays as it was;
 * the function refuses when the points were already spent (the balance cannot go below zero).
 */
import { useState } from 'react';
import { Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import type { AccountView, EntryView } from '../../../../types/points';
import { errorText } from '@/features/errors';
import { reverseReasonError } from '@/features/points/forms';
import { entryMeta, signedAmount } from '@/features/points/labels';
import { reverseEntry } from '@/services/points';
import { SheetDialog } from '@/components/SheetDialog';
import '@/components/forms.scss';
import { POINTS_LIMITS } from '../../../../types/points';

export function ReverseSheet(props: {
  entry: EntryView;
  onClose(): void;
  onReversed(entry: EntryView, figures: AccountView): void;
}) {
  const { entry } = props;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const send = async () => {
    if (busy) return;
    const problem = reverseReasonError(reason);
    if (problem) return setError(problem);
    setBusy(true);
    setError('');
    // Reversing the same entry twice is harmless: the reversal's id comes from the entry's.
    const res = await reverseEntry(entry._id, reason.trim());
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    props.onReversed(res.data.entry, res.data.account);
    props.onClose();
  };

  return (
    <SheetDialog
      visible
      title={`冲正 ${signedAmount(-entry.amount)} 分？`}
      confirmText="确认冲正"
      busy={busy}
      error={error}
      onCancel={props.onClose}
      onConfirm={() => void send()}
    >
      <Text className="sheet-dialog__text">
        {entry.reason}（{entryMeta(entry)} {signedAmount(entry.amount)}）
      </Text>
      <TextArea
        className="form-textarea reverse-reason"
        value={reason}
        placeholder="冲正原因，例如：重复加分"
        maxLength={POINTS_LIMITS.reason}
        rows={2}
        onChange={(v) => {
          setReason(v);
          setError('');
        }}
      />
    </SheetDialog>
  );
}
