/**
 * The body of every paged list page (features/list): loading, error with retry, empty with a hint,
 * or the rows, then 加载更多 while there are more pages (reaching the bottom loads them too).
 */
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PagedList } from '@/features/list/use-paged-list';
import { errorText } from '@/features/errors';
import { EmptyView, ErrorView, LoadingView } from './StatusView';
import './PagedListView.scss';

export function PagedListView<T extends { _id: string }>(props: {
  list: PagedList<T>;
  empty: ReactNode;
  render: (item: T) => ReactNode;
  /** Class of the box around the rows, e.g. one card for the ledger's rows. */
  wrap?: string;
}) {
  const { state, refresh, loadMore } = props.list;
  if (!state.loaded) {
    if (state.error) return <ErrorView error={state.error} onRetry={() => void refresh()} />;
    return <LoadingView />;
  }
  if (state.items.length === 0 && !state.nextCursor) {
    return typeof props.empty === 'string' ? <EmptyView text={props.empty} /> : <>{props.empty}</>;
  }
  return (
    <View className="paged-list">
      {state.phase === 'refreshing' && <Text className="paged-list__note">正在刷新…</Text>}
      {state.error && <Text className="paged-list__error">{errorText(state.error)}</Text>}
      <View className={props.wrap}>
        {state.items.map((item) => (
          <View key={item._id} className="paged-item">
            {props.render(item)}
          </View>
        ))}
      </View>
      {state.nextCursor ? (
        <Button
          className="full-button paged-list__more"
          size="large"
          block
          loading={state.phase === 'more'}
          onClick={loadMore}
        >
          加载更多
        </Button>
      ) : (
        <Text className="paged-list__note">没有更多了</Text>
      )}
    </View>
  );
}
