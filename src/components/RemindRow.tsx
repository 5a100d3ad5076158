/**
 * 「提醒我」: a whole-row tap on a work page that asks WeChat for the messages this page's work brings
 * (features/notices/work-consent.ts). Each "允许" lets one message of a kind be sent, so the row
 * stays: tapping again allows one more. The toast says what was turned on, or where to look instead.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { SUBSCRIBE_KIND_LABELS, type SubscribeKind } from '../../types/notices';
import { askToSubscribe } from '@/features/notices/subscribe';
import './RemindRow.scss';

export function RemindRow(props: { kinds: SubscribeKind[]; title: string }) {
  const [asking, setAsking] = useState(false);
  const what = props.kinds.map((k) => SUBSCRIBE_KIND_LABELS[k]).join('、');

  const ask = async () => {
    if (asking) return;
    setAsking(true);
    const outcome = await askToSubscribe(props.kinds);
    setAsking(false);
    void Taro.showToast({
      title: outcome.ok ? '好的，有新情况会微信提醒您' : outcome.message,
      icon: 'none',
      duration: 2500,
    });
  };

  return (
    <View className="remind-row card tap" role="button" aria-busy={asking} onClick={() => void ask()}>
      <View className="remind-row__text">
        <Text className="remind-row__title">{props.title}</Text>
        <Text className="remind-row__what">{what}时，微信通知我</Text>
      </View>
      <Text className="remind-row__go">{asking ? '请稍候' : '开启 ›'}</Text>
    </View>
  );
}
