/**
 * 回访期限 (issue 11, point 7), on 组织架构 for admins: how many working days a resident has to rate
 * a completed order, and to confirm a 整改 reply, before the order closes by itself (未评价 / 视为已解决).
 * Checked by the same schema the function parses (types/order-closing.ts); a change applies to orders
 * completed or answered from then on.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { closingSettingsSchema, type ClosingSettings } from '../../../../types/order-closing';
import { errorText } from '@/features/errors';
import { getClosing, saveClosing } from '@/services/org';
import { SheetDialog } from '@/components/SheetDialog';

export function ClosingCard() {
  const [closing, setClosing] = useState<ClosingSettings | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void getClosing().then((res) => res.ok && setClosing(res.data.closing));
  }, []);
  if (!closing) return null;
  return (
    <View className="card org-closing">
      <Text className="section-title">回访期限</Text>
      <Text className="muted">
        {`办结后 ${closing.unratedDays} 个工作日未评价，按「未评价」办结；整改回复后 ${closing.rectifyConfirmDays} 个工作日未确认，视为已解决。工作日按国家法定节假日和调休计算。`}
      </Text>
      <Button className="org-closing__edit" size="large" block onClick={() => setEditing(true)}>
        修改回访期限
      </Button>
      {editing && (
        <ClosingSheet
          closing={closing}
          onClose={() => setEditing(false)}
          onSaved={(c) => {
            setClosing(c);
            setEditing(false);
            void Taro.showToast({ title: '已保存', icon: 'success' });
          }}
        />
      )}
    </View>
  );
}

function ClosingSheet(props: { closing: ClosingSettings; onClose(): void; onSaved(c: ClosingSettings): void }) {
  const [rate, setRate] = useState(String(props.closing.unratedDays));
  const [confirm, setConfirm] = useState(String(props.closing.rectifyConfirmDays));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async () => {
    const parsed = closingSettingsSchema.safeParse({ unratedDays: Number(rate), rectifyConfirmDays: Number(confirm) });
    if (!parsed.success) return setError(`请填 1 到 30 的整数（${parsed.error.issues[0]?.message ?? ''}）`);
    setBusy(true);
    const res = await saveClosing(parsed.data);
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    props.onSaved(res.data.closing);
  };
  return (
    <SheetDialog
      visible
      title="修改回访期限"
      confirmText="保存"
      busy={busy}
      error={error}
      onCancel={props.onClose}
      onConfirm={() => void submit()}
    >
      <View className="org-sheet">
        <Text className="org-sheet__heading">办结后几个工作日内未评价即办结</Text>
        <Input className="form-input org-closing__rate" type="digit" value={rate} maxLength={2} onChange={setRate} />
        <Text className="org-sheet__heading">整改回复后几个工作日内未确认即办结</Text>
        <Input
          className="form-input org-closing__confirm"
          type="digit"
          value={confirm}
          maxLength={2}
          onChange={setConfirm}
        />
      </View>
    </SheetDialog>
  );
}
