/** 1+X 承诺 against its records in one quarter: each item met or not, and the hours served. */
import { View, Text } from '@tarojs/components';
import { COMMITMENT_LABELS, type ProgressView } from '../../../types/party';
import { formatHours } from '../../../domain/hours/credit';
import './party.scss';

export function ProgressCard(props: { progress: ProgressView }) {
  const p = props.progress;
  return (
    <View className="card party-progress">
      <Text className="party-progress__title">
        {p.periodLabel} “1+X”承诺：已完成 {p.met}/{p.total}
      </Text>
      {p.items.map((i) => (
        <View key={i.kind} className={i.met ? 'party-item party-item--met' : 'party-item'}>
          <Text>{COMMITMENT_LABELS[i.kind]}</Text>
          <Text className="party-item__state">{i.met ? `已完成（${i.count}）` : '未完成'}</Text>
        </View>
      ))}
      <Text className="muted">本季度志愿服务时长：{formatHours(p.minutes)}</Text>
    </View>
  );
}
