/**
 * A decision as residents read it on 公开栏: what was decided, who is responsible and by when,
 * 已超期 / 已落实, and every progress report, newest last (the story in order).
 */
import { STATUS_LABELS } from '../../../types/orders';
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { DecisionView } from '../../../types/meetings';
import { when } from '@/features/orders/labels';
import { decisionFlag } from '@/features/meetings/actions';
import { StatusTag } from '../StatusTag';
import './meetings.scss';

export function DecisionCard(props: { decision: DecisionView; showMeeting?: boolean; children?: ReactNode }) {
  const d = props.decision;
  const flag = decisionFlag(d);
  return (
    <View className={d.overdue && !d.done ? 'decision-card decision-card--overdue' : 'decision-card'}>
      <View className="decision-card__head">
        <Text className="decision-card__topic">议题：{d.topicTitle}</Text>
        {flag && <StatusTag tone={flag.tone}>{flag.text}</StatusTag>}
      </View>
      {props.showMeeting && <Text className="muted">会议：{d.meetingTitle}</Text>}
      <Text className="decision-card__text">{d.decision}</Text>
      <Text className="decision-card__line">责任人：{d.ownerName}</Text>
      <Text className="decision-card__line">完成日期：{d.dueDate}</Text>
      {d.orderStatus && (
        <Text className="decision-card__line decision-card__order">工单：{STATUS_LABELS[d.orderStatus]}</Text>
      )}
      {!d.published && <Text className="muted">尚未公开</Text>}
      {d.progress.length > 0 ? (
        <View className="decision-progress">
          <Text className="topic-card__label">落实进展</Text>
          {d.progress.map((p, i) => (
            <View key={`${p.at}-${i}`} className="decision-progress__row">
              <Text className="decision-progress__note">
                {p.done ? '【已落实】' : ''}
                {p.note}
              </Text>
              <Text className="muted">
                {p.actorName} · {when(p.at)}
              </Text>
            </View>
          ))}
        </View>
      ) : (
        <Text className="muted">还没有进展报告</Text>
      )}
      {props.children}
    </View>
  );
}
