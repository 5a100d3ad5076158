/**
 * One notice in a list: unread ones carry a red dot and a bold title, so a resident sees at a glance
 * what is new; the kind tag (通知 / 接龙), who it is for, who posted it and when. The whole card is
 * the tap target.
 */
import { View, Text } from '@tarojs/components';
import type { NoticeView } from '../../../types/notices';
import { countText, deadlineLine, kindLabel, posterLine, scopeText } from '@/features/notices/labels';
import { StatusTag } from '../StatusTag';
import { NOTICE_KIND_TONES } from '../status';
import './notices.scss';

export function NoticeCard(props: { notice: NoticeView; onOpen(n: NoticeView): void; showUnread?: boolean }) {
  const n = props.notice;
  const unread = (props.showUnread ?? true) && n.unread;
  return (
    <View
      className={unread ? 'card notice-card notice-card--unread' : 'card notice-card'}
      onClick={() => props.onOpen(n)}
    >
      <View className="notice-card__head">
        {unread && <View className="notice-card__dot" aria-label="未读" />}
        <StatusTag tone={NOTICE_KIND_TONES[n.kind]} className="notice-kind">
          {kindLabel(n)}
        </StatusTag>
        <Text className="notice-card__title">{n.title}</Text>
      </View>
      <Text className="notice-card__excerpt">{n.content}</Text>
      {n.kind === 'signup' && (
        <Text className="notice-card__signup">
          {countText(n)}
          {n.deadline ? ` · ${deadlineLine(n)}` : ''}
          {n.signedUp ? ' · 您已报名' : ''}
        </Text>
      )}
      <View className="notice-card__foot">
        <Text>{scopeText(n)}</Text>
        <Text>{posterLine(n)}</Text>
      </View>
    </View>
  );
}
