/** A topic: what was raised and by whom, its status (and the reason when declined), the notes taken. */
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { TOPIC_STATUS_LABELS, type TopicView } from '../../../types/meetings';
import { StatusTag } from '../StatusTag';
import { TOPIC_TONES } from '../status';
import './meetings.scss';

export function TopicCard(props: { topic: TopicView; children?: ReactNode; showProposer?: boolean }) {
  const t = props.topic;
  return (
    <View className="topic-card">
      <View className="topic-card__head">
        <Text className="topic-card__title">{t.title}</Text>
        <StatusTag tone={TOPIC_TONES[t.status]}>{TOPIC_STATUS_LABELS[t.status]}</StatusTag>
      </View>
      <Text className="topic-card__content">{t.content}</Text>
      {props.showProposer !== false && <Text className="muted">提议人：{t.proposerName}</Text>}
      {t.status === 'declined' && t.reason && <Text className="topic-card__reason">未采纳原因：{t.reason}</Text>}
      {t.notes && (
        <View className="topic-card__notes">
          <Text className="topic-card__label">议事记录</Text>
          <Text>{t.notes}</Text>
        </View>
      )}
      {props.children}
    </View>
  );
}
