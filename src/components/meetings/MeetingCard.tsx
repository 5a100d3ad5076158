/** A meeting in a list: its kind, title, time and place, and the step it is on. Tap for details. */
import { View, Text } from '@tarojs/components';
import type { MeetingView } from '../../../types/meetings';
import { when } from '@/features/orders/labels';
import { kindOf, stepLine } from '@/features/meetings/steps';
import { StatusTag } from '../StatusTag';
import { meetingTone } from '../status';
import './meetings.scss';

export function MeetingCard(props: { meeting: MeetingView; onOpen(m: MeetingView): void }) {
  const m = props.meeting;
  const finished = m.step === 'finished';
  return (
    <View className="card meeting-card" onClick={() => props.onOpen(m)}>
      <View className="meeting-card__head">
        <Text className="meeting-kind">{kindOf(m)}</Text>
        <StatusTag tone={meetingTone(finished)} className="meeting-step">
          {finished ? '已结束' : m.stepLabel}
        </StatusTag>
      </View>
      <Text className="meeting-card__title">{m.title}</Text>
      <Text className="meeting-card__line">时间：{when(m.startsAt)}</Text>
      <Text className="meeting-card__line">地点：{m.place}</Text>
      <Text className="muted">{stepLine(m)} · 点击查看 ›</Text>
    </View>
  );
}
