/**
 * 答复 (the department a transfer is given to): how the work goes, in words the resident reads on
 * the order's timeline. The order stays in the department's hands; 办结 ends it.
 */
import { useState } from 'react';
import { Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { ORDER_LIMITS } from '../../../../types/orders';
import { respondOrder } from '@/services/orders';
import type { Run } from './OrderActions';

export function RespondPanel(props: { orderId: string; run: Run; busy: boolean }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const send = async () => {
    if (!note.trim()) return setError('请写下答复内容');
    setError('');
    if (await props.run(() => respondOrder(props.orderId, note.trim()), '已答复')) setNote('');
  };
  return (
    <>
      <Text className="order-act__title">答复居民</Text>
      <Text className="order-act__hint">告诉居民办到哪一步了，答复会写在办理过程里。</Text>
      <TextArea
        className="form-textarea order-act__respond"
        value={note}
        placeholder="例如：已安排施工队，本周五前修复"
        maxLength={ORDER_LIMITS.departmentReply}
        rows={3}
        onChange={(v) => {
          setNote(v);
          setError('');
        }}
      />
      {error && <Text className="order-act__error">{error}</Text>}
      <Button
        className="full-button order-act__respond-send"
        size="large"
        block
        loading={props.busy}
        disabled={props.busy}
        onClick={() => void send()}
      >
        提交答复
      </Button>
    </>
  );
}
