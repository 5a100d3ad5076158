/**
 * 办结 (the taker): what was done, and photos if there are any. The order then waits for the
 * resident's rating; the page goes back to where it was opened from.
 */
import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { categoryLabel } from '@/features/orders/labels';
import { MAX_PHOTOS } from '@/features/orders/draft';
import { ORDER_LIMITS } from '../../../../types/orders';
import { takesCommand } from '../../../../domain/orders/state-machine';
import { announceOrder } from '@/features/orders/events';
import { useOrder } from '@/features/orders/use-order';
import { orderDetailUrl } from '@/features/orders/routes';
import { completeOrder } from '@/services/orders';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { Field } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import { OrderStatusTag } from '@/components/orders/StatusTag';
import './index.scss';

const MAX_NOTE = ORDER_LIMITS.completionNote;

export default function CompletePage() {
  const text = useTextSize();
  const id = useRouter().params.id ?? '';
  const { order, error, loading, reload } = useOrder(id);
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState('');

  if (!order) {
    return (
      <View className={text.className}>
        {error && !loading ? <ErrorView error={error} onRetry={() => void reload()} /> : <LoadingView />}
      </View>
    );
  }

  // A taker's order (办理中) or a department's transfer (部门办理中): the state machine says which.
  const open = takesCommand(order.status, 'complete');
  const send = async () => {
    if (!note.trim()) return setSendError('请写下办理结果');
    setSending(true);
    setSendError('');
    const res = await completeOrder(order._id, note.trim(), photos);
    setSending(false);
    if (!res.ok) return setSendError(errorText(res.error));
    announceOrder(res.data.order);
    void Taro.showToast({ title: '已办结', icon: 'success' });
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
    else void Taro.redirectTo({ url: orderDetailUrl(order._id) });
  };

  return (
    <View className={text.className}>
      <View className="card complete-order">
        <View className="complete-order__head">
          <Text className="complete-order__category">{categoryLabel(order)}</Text>
          <OrderStatusTag status={order.status} />
        </View>
        <Text className="complete-order__content">{order.content}</Text>
      </View>
      <View className="card complete-form">
        <Field label="办理结果" error={sendError}>
          <TextArea
            className="form-textarea"
            value={note}
            placeholder="例如：已上门更换水龙头，试水正常"
            maxLength={MAX_NOTE}
            rows={4}
            onChange={(v) => {
              setNote(v);
              setSendError('');
            }}
          />
          <Text className="form-field__count">
            {note.length}/{MAX_NOTE}
          </Text>
        </Field>
        <Field label={`现场照片（可不传，最多 ${MAX_PHOTOS} 张）`}>
          <PhotoPicker value={photos} max={MAX_PHOTOS} onChange={setPhotos} />
        </Field>
      </View>
      <Button
        className="full-button complete-submit"
        type="primary"
        size="large"
        block
        loading={sending}
        disabled={sending || !open}
        onClick={() => void send()}
      >
        {open ? '确认办结' : '这条诉求已不在办理中'}
      </Button>
    </View>
  );
}
