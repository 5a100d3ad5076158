/**
 * The 接龙 part of a notice: how many signed up (of how many), the deadline, and the one button this
 * person may use now — 我要报名 (a sheet with an optional short note), 取消报名 (asked first), or a
 * plain line saying why not (名额已满, 已截止). The function still decides; its refusal is shown.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { NOTICE_LIMITS, type NoticeView } from '../../../../types/notices';
import { errorText } from '@/features/errors';
import { countText, deadlineLine, signupButton } from '@/features/notices/labels';
import { signUp, withdrawSignup } from '@/services/notices';
import { SheetDialog } from '@/components/SheetDialog';
import '@/components/forms.scss';

const MAX_NOTE = NOTICE_LIMITS.signupNote;

export function SignupBox(props: { notice: NoticeView; onChanged(n: NoticeView): void }) {
  const n = props.notice;
  const button = signupButton(n);
  const [sheet, setSheet] = useState<'signup' | 'withdraw' | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const openSheet = (which: 'signup' | 'withdraw') => {
    setError('');
    setSheet(which);
  };

  const act = async () => {
    if (busy || !sheet) return;
    setBusy(true);
    const res = sheet === 'signup' ? await signUp(n._id, note) : await withdrawSignup(n._id);
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    props.onChanged(res.data.notice);
    setSheet(null);
    void Taro.showToast({ title: sheet === 'signup' ? '报名成功' : '已取消报名', icon: 'none' });
  };

  return (
    <View className="card notice-signup">
      <Text className="notice-signup__count">{countText(n)}</Text>
      {n.deadline && <Text className="notice-signup__line">{deadlineLine(n)}</Text>}
      {button.kind === 'signup' && (
        <Button
          className="full-button notice-signup-go"
          type="primary"
          size="large"
          block
          onClick={() => openSheet('signup')}
        >
          我要报名
        </Button>
      )}
      {button.kind === 'withdraw' && (
        <>
          <Text className="notice-signup__state">✓ 您已报名</Text>
          <Button className="full-button notice-withdraw" size="large" block onClick={() => openSheet('withdraw')}>
            取消报名
          </Button>
        </>
      )}
      {button.kind === 'signed-closed' && <Text className="notice-signup__state">{button.text}</Text>}
      {button.kind === 'blocked' && <Text className="notice-signup__blocked">{button.text}</Text>}

      <SheetDialog
        visible={sheet === 'signup'}
        title={`报名「${n.title}」`}
        confirmText="确认报名"
        busy={busy}
        error={error}
        onCancel={() => setSheet(null)}
        onConfirm={() => void act()}
      >
        <Text className="sheet-dialog__text">想说一句的话可以写在这里（可不填），例如：两个人参加。</Text>
        <Input
          className="form-input notice-note"
          value={note}
          placeholder="备注（可不填）"
          maxLength={MAX_NOTE}
          onChange={setNote}
        />
      </SheetDialog>
      <SheetDialog
        visible={sheet === 'withdraw'}
        title="取消报名？"
        confirmText="确认取消"
        cancelText="不取消"
        busy={busy}
        error={error}
        onCancel={() => setSheet(null)}
        onConfirm={() => void act()}
      >
        <Text className="sheet-dialog__text">取消后名额会让给其他邻居，截止前还可以再报名。</Text>
      </SheetDialog>
    </View>
  );
}
