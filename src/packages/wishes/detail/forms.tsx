/**
 * The two forms of 心愿详情: 审核 (通过, or 不通过 with a reason) for admins, and 完成心愿 for the
 * claimer (what was done, how long it took — the hours credited, capped by the community — photos).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import { WISH_LIMITS, type WishView } from '../../../../types/wishes';
import { fulfilWish } from '@/services/wishes';
import { Field } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';

export function ReviewBox(props: { busy: boolean; onReview(approve: boolean, reason?: string): void }) {
  const [reason, setReason] = useState('');
  return (
    <View className="card wish-section wish-review">
      <Text className="section-title">审核</Text>
      <Text className="wish-line wish-line--muted">公开前请确认内容和图片里没有姓名、房号、电话。</Text>
      <Button
        className="full-button wish-approve"
        type="primary"
        size="large"
        block
        loading={props.busy}
        onClick={() => props.onReview(true)}
      >
        通过，公开到心愿墙
      </Button>
      <Field label="不通过的原因">
        <TextArea
          className="form-textarea wish-reason-input"
          value={reason}
          maxLength={WISH_LIMITS.reason}
          rows={2}
          onChange={setReason}
          placeholder="例如：含有个人信息，请修改"
        />
      </Field>
      <Button
        className="full-button wish-reject"
        size="large"
        block
        disabled={props.busy}
        onClick={() =>
          reason.trim()
            ? props.onReview(false, reason.trim())
            : void Taro.showToast({ title: '请写明原因', icon: 'none' })
        }
      >
        不通过
      </Button>
    </View>
  );
}

const MINUTE_CHOICES = [30, 60, 90, 120, 180, 240];

export function FulfilForm(props: { wishId: string; busy: boolean; onDone(res: Envelope<{ wish: WishView }>): void }) {
  const [note, setNote] = useState('');
  const [minutes, setMinutes] = useState(60);
  const [photos, setPhotos] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const send = async () => {
    if (sending || props.busy) return;
    if (!note.trim()) return void Taro.showToast({ title: '请写一写怎么完成的', icon: 'none' });
    setSending(true);
    const res = await fulfilWish({
      wishId: props.wishId,
      note: note.trim(),
      minutes,
      ...(photos.length ? { photos } : {}),
    });
    setSending(false);
    props.onDone(res);
  };
  return (
    <View className="card wish-section wish-fulfil">
      <Text className="section-title">完成心愿</Text>
      <Field label="怎么完成的">
        <TextArea
          className="form-textarea wish-note-input"
          value={note}
          maxLength={WISH_LIMITS.note}
          rows={3}
          onChange={setNote}
          placeholder="例如：已送去老花镜，奶奶试戴合适"
        />
      </Field>
      <Field label="大约用了多长时间">
        <View className="chip-row wish-minutes">
          {MINUTE_CHOICES.map((m) => (
            <View
              key={m}
              className={m === minutes ? 'chip chip--on' : 'chip'}
              role="radio"
              aria-checked={m === minutes}
              onClick={() => setMinutes(m)}
            >
              {m < 60 ? `${m} 分钟` : `${m / 60} 小时`}
            </View>
          ))}
        </View>
      </Field>
      <Field label="照片（可不加）">
        <PhotoPicker value={photos} max={WISH_LIMITS.photos} folder="wishes" onChange={setPhotos} />
      </Field>
      <Button
        className="full-button wish-fulfil-submit"
        type="primary"
        size="large"
        block
        loading={sending}
        onClick={() => void send()}
      >
        提交完成
      </Button>
    </View>
  );
}
