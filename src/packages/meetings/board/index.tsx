/**
 * 公开栏 (四务公开): what the community's meetings decided, who is responsible and by when, whether
 * it is 已超期 or 已落实, and every progress report — so residents can see decisions get done.
 */
import { useCallback } from 'react';
import { View, Text } from '@tarojs/components';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { readBoard } from '@/services/meetings';
import { PagedListView } from '@/components/PagedListView';
import { DecisionCard } from '@/components/meetings/DecisionCard';
import '../../../components/meetings/meetings.scss';

export default function PublicBoardPage() {
  const text = useTextSize();
  const board = usePagedList(useCallback((cursor?: string) => readBoard(cursor), []));
  return (
    <View className={text.className}>
      <Text className="section-title">会议决定的事，谁负责、什么时候办完、办到哪了，都在这里公开。</Text>
      <PagedListView
        list={board}
        empty="还没有公开的决策。"
        render={(d) => (
          <View className="card board-card">
            <DecisionCard decision={d} showMeeting />
          </View>
        )}
      />
    </View>
  );
}
