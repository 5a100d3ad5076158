/**
 * 议事管理 (community admins; grid workers for their grids): 发起会议; the topics waiting for
 * review (采纳 into a meeting / 不采纳 with a reason); and the meetings, each opened to run it step
 * by step on 会议详情 (推进, 记录, 决策, 公布, 报告进展).
 */
import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AppError } from '../../../../types/envelope';
import type { MeetingView, TopicView } from '../../../../types/meetings';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { MEETING_PAGES, meetingUrl } from '@/features/meetings/routes';
import { splitByStep } from '@/features/meetings/steps';
import { useMeetingsChanged } from '@/features/meetings/use-meeting';
import { listMeetings, listTopics } from '@/services/meetings';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { PagedListView } from '@/components/PagedListView';
import { MeetingCard } from '@/components/meetings/MeetingCard';
import { TopicCard } from '@/components/meetings/TopicCard';
import { CreateSheet } from './CreateSheet';
import { ReviewSheet } from './ReviewSheet';
import '../../../components/meetings/meetings.scss';

const go = (url: string) => void Taro.navigateTo({ url });

export default function MeetingsAdminPage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const meetings = usePagedList(useCallback((cursor?: string) => listMeetings(cursor), []));
  const [pending, setPending] = useState<TopicView[] | null>(null);
  const [pendingError, setPendingError] = useState<AppError>();
  const [creating, setCreating] = useState(false);
  const [reviewing, setReviewing] = useState<{ topic: TopicView; accept: boolean } | null>(null);

  const fetchPending = useCallback(
    () =>
      listTopics('proposed').then((res) => {
        setPendingError(res.ok ? undefined : res.error);
        if (res.ok) setPending(res.data.items);
      }),
    [],
  );
  useEffect(() => {
    void fetchPending();
  }, [fetchPending]);
  // A meeting changed on its page: its answer is shown here too, nothing is fetched again.
  useMeetingsChanged(({ detail, proposed }) => {
    meetings.put(detail.meeting);
    if (proposed?.status === 'proposed')
      setPending((all) => [proposed, ...(all ?? []).filter((t) => t._id !== proposed._id)]);
  });

  const { upcoming } = splitByStep(meetings.state.items);

  return (
    <View className={text.className}>
      <View className="points-links">
        <Button className="admin-create-meeting" type="primary" size="large" onClick={() => setCreating(true)}>
          发起会议
        </Button>
        <Button className="admin-go-board" size="large" onClick={() => go(MEETING_PAGES.board)}>
          公开栏
        </Button>
      </View>

      <Text className="section-title">待审议的议题{pending ? `（${pending.length}）` : ''}</Text>
      <View className="card pending-topics">
        {pending === null ? (
          pendingError ? (
            <ErrorView error={pendingError} onRetry={() => void fetchPending()} />
          ) : (
            <LoadingView />
          )
        ) : pending.length === 0 ? (
          <Text className="muted">没有待审议的议题。</Text>
        ) : (
          pending.map((t) => (
            <TopicCard key={t._id} topic={t}>
              <View className="meeting-actions">
                <Button
                  className="topic-decline"
                  size="large"
                  onClick={() => setReviewing({ topic: t, accept: false })}
                >
                  不采纳
                </Button>
                <Button
                  className="topic-accept"
                  type="primary"
                  size="large"
                  onClick={() => setReviewing({ topic: t, accept: true })}
                >
                  采纳
                </Button>
              </View>
            </TopicCard>
          ))
        )}
      </View>

      <Text className="section-title">会议（点开后逐步主持）</Text>
      <PagedListView
        list={meetings}
        empty="还没有会议。点「发起会议」安排第一场。"
        render={(m) => <MeetingCard meeting={m} onOpen={(x: MeetingView) => go(meetingUrl(x._id))} />}
      />

      {creating && (
        <CreateSheet
          tree={tree.data}
          onClose={() => setCreating(false)}
          onCreated={(m) => {
            meetings.put(m, 'first');
            void Taro.showToast({ title: '会议已发起', icon: 'success' });
          }}
        />
      )}
      {reviewing && (
        <ReviewSheet
          topic={reviewing.topic}
          accept={reviewing.accept}
          meetings={upcoming}
          onClose={() => setReviewing(null)}
          onReviewed={(t) => {
            setPending((all) => (all ?? []).filter((x) => x._id !== t._id));
            void Taro.showToast({ title: t.status === 'accepted' ? '已采纳' : '已回复提议人', icon: 'success' });
          }}
        />
      )}
    </View>
  );
}
