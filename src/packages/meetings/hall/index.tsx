/**
 * 议事厅 (residents): the meetings of one's community and grid — 进行中 first, then 已结束 — to open,
 * sign in at and propose to; 提议题 (to the pool or a meeting still collecting); 我的议题 with
 * their status and, when declined, the reason; the way to 公开栏.
 */
import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AppError } from '../../../../types/envelope';
import type { MeetingView, TopicView } from '../../../../types/meetings';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { splitByStep } from '@/features/meetings/steps';
import { stepOpen } from '../../../../domain/meetings/steps';
import { MEETING_PAGES, meetingUrl } from '@/features/meetings/routes';
import { useMeetingsChanged } from '@/features/meetings/use-meeting';
import { listMeetings, listTopics } from '@/services/meetings';
import { EmptyView, ErrorView, LoadingView } from '@/components/StatusView';
import { PageTabs } from '@/components/PageTabs';
import { PagedListView } from '@/components/PagedListView';
import { MeetingCard } from '@/components/meetings/MeetingCard';
import { TopicCard } from '@/components/meetings/TopicCard';
import { ProposeSheet } from '@/components/meetings/ProposeSheet';
import '@/components/forms.scss';
import '../../../components/meetings/meetings.scss';

type Tab = 'meetings' | 'topics';
const open = (m: MeetingView) => void Taro.navigateTo({ url: meetingUrl(m._id) });

export default function MeetingHallPage() {
  const text = useTextSize();
  const [tab, setTab] = useState<Tab>('meetings');
  const meetings = usePagedList(useCallback((cursor?: string) => listMeetings(cursor), []));
  const [topics, setTopics] = useState<TopicView[] | null>(null);
  const [topicsError, setTopicsError] = useState<AppError>();
  const [proposing, setProposing] = useState(false);

  const fetchTopics = useCallback(
    () =>
      listTopics().then((res) => {
        setTopicsError(res.ok ? undefined : res.error);
        if (res.ok) setTopics(res.data.items);
      }),
    [],
  );
  useEffect(() => {
    void fetchTopics();
  }, [fetchTopics]);
  // A meeting changed on its page: its answer is shown here too, nothing is fetched again.
  useMeetingsChanged(({ detail, proposed }) => {
    meetings.put(detail.meeting);
    if (proposed) setTopics((all) => [proposed, ...(all ?? []).filter((t) => t._id !== proposed._id)]);
  });

  const { upcoming, past } = splitByStep(meetings.state.items);
  const collecting = upcoming.filter((m) => stepOpen(m.type, m.step, 'propose'));

  return (
    <View className={text.className}>
      <View className="points-links hall-links">
        <Button className="hall-propose" type="primary" size="large" onClick={() => setProposing(true)}>
          提议题
        </Button>
        <Button
          className="hall-go-board"
          size="large"
          onClick={() => void Taro.navigateTo({ url: MEETING_PAGES.board })}
        >
          公开栏
        </Button>
      </View>

      <PageTabs<Tab>
        value={tab}
        tabs={[
          { value: 'meetings', title: '社区会议' },
          { value: 'topics', title: '我的议题' },
        ]}
        onChange={setTab}
      />

      {tab === 'meetings' ? (
        <PagedListView
          list={{ ...meetings, state: { ...meetings.state, items: [...upcoming, ...past] } }}
          empty="社区还没有安排会议。有想商量的事，可以先提议题。"
          render={(m) => (
            <>
              {m === upcoming[0] && <Text className="section-title hall-section">进行中的会议</Text>}
              {m === past[0] && <Text className="section-title hall-section">已结束的会议</Text>}
              <MeetingCard meeting={m} onOpen={open} />
            </>
          )}
        />
      ) : topics === null ? (
        topicsError ? (
          <ErrorView error={topicsError} onRetry={() => void fetchTopics()} />
        ) : (
          <LoadingView />
        )
      ) : topics.length === 0 ? (
        <EmptyView text="您还没有提过议题。" />
      ) : (
        <View className="card my-topics">
          {topics.map((t) => (
            <TopicCard key={t._id} topic={t} showProposer={false} />
          ))}
        </View>
      )}

      {proposing && (
        <ProposeSheet
          meetings={collecting}
          onClose={() => setProposing(false)}
          onProposed={(t) => {
            setTopics((all) => [t, ...(all ?? [])]);
            setTab('topics');
            void Taro.showToast({ title: '议题已提交', icon: 'success' });
          }}
        />
      )}
    </View>
  );
}
