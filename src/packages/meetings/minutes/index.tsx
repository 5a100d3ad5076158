/**
 * 会议纪要 (issue 11 point 9): a read-only page of a meeting — when and where, who hosted, how many
 * attended, each accepted topic with what was said, and the published decisions with who does them
 * by when. Shared into a WeChat group it is a card that opens this page (on H5: a copied link);
 * whoever opens it sees what the meeting shows them (the function decides: another grid's meeting
 * is refused, topics born from a resident's order are masked for those who may not read them).
 */
import { useCallback } from 'react';
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { View, Text, Button as TaroButton } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useTextSize } from '@/features/elder-mode';
import { IS_WEAPP } from '@/features/platform';
import { when } from '@/features/orders/labels';
import { kindOf } from '@/features/meetings/steps';
import { minutesUrl } from '@/features/meetings/routes';
import { useLoaded } from '@/features/notices/use-loaded';
import { readMinutes } from '@/services/meetings';
import { ExportMinutesButton } from '@/components/ledgers/ExportMinutesButton';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { TopicCard } from '@/components/meetings/TopicCard';
import { DecisionCard } from '@/components/meetings/DecisionCard';
import '../../../components/meetings/meetings.scss';

export default function MinutesPage() {
  const text = useTextSize();
  const id = useRouter().params.id ?? '';
  const fetchMinutes = useCallback(() => readMinutes(id), [id]);
  const loaded = useLoaded(fetchMinutes);
  const minutes = loaded.data;
  usePullDownRefresh(() => void loaded.reload().then(() => Taro.stopPullDownRefresh()));
  useShareAppMessage(() => ({
    title: minutes ? `【会议纪要】${minutes.meeting.title}` : '会议纪要',
    path: minutesUrl(id),
  }));

  if (!minutes) {
    return (
      <View className={text.className}>
        {loaded.error && !loaded.loading ? (
          <ErrorView error={loaded.error} onRetry={() => void loaded.reload()} />
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }

  const m = minutes.meeting;
  const copyLink = () =>
    void Taro.setClipboardData({ data: window.location.href }).then(() =>
      Taro.showToast({ title: '链接已复制，可发给邻居', icon: 'none' }),
    );
  return (
    <View className={`${text.className} meeting-minutes`}>
      <View className="card meeting-detail">
        <Text className="meeting-kind">{kindOf(m)}</Text>
        <Text className="meeting-card__title meeting-detail__title">{m.title}</Text>
        <View className="meeting-facts">
          <Text>时间：{when(m.startsAt)}</Text>
          <Text>地点：{m.place}</Text>
          <Text>主持：{m.hostName}</Text>
          <Text className="minutes-attendance">参会 {minutes.attendeeCount} 人</Text>
          {/* The names come only to whoever runs the meeting: then the list is the whole roll. */}
          {minutes.attendeeCount > 0 && minutes.attendees.length === minutes.attendeeCount && (
            <Text className="muted">签到名单：{minutes.attendees.map((a) => a.name).join('、')}</Text>
          )}
        </View>
      </View>

      <Text className="section-title">议题与讨论（{minutes.topics.length}）</Text>
      <View className="card minutes-topics">
        {minutes.topics.length === 0 && <Text className="muted">还没有采纳的议题。</Text>}
        {minutes.topics.map((t) => (
          <TopicCard key={t._id} topic={t} />
        ))}
      </View>

      <Text className="section-title">决策（{minutes.decisions.length}）</Text>
      <View className="card minutes-decisions">
        {minutes.decisions.length === 0 && <Text className="muted">决策公布后显示在这里。</Text>}
        {minutes.decisions.map((d) => (
          <DecisionCard key={d._id} decision={d} />
        ))}
      </View>

      {IS_WEAPP ? (
        <TaroButton className="full-button minutes-share" openType="share">
          分享纪要到群
        </TaroButton>
      ) : (
        <Button className="full-button minutes-share" size="large" block onClick={copyLink}>
          复制纪要链接
        </Button>
      )}
      <ExportMinutesButton meetingId={id} />
    </View>
  );
}
