/** 我的任务: the orders I took (grabbed or was assigned), newest first; 办结 right on the card. */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { useOrderList } from '@/features/orders/use-order-list';
import { completeUrl, ORDER_PAGES } from '@/features/orders/routes';
import { EmptyView } from '@/components/StatusView';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';

export default function MyTasksPage() {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const userId = me.data?.user._id;
  const list = useOrderList('tasks', { belongs: (o) => !!userId && o.takerId === userId });
  const names = nameIndex(tree.data);

  return (
    <View className={text.className}>
      <PagedListView
        list={list}
        empty={
          <EmptyView text="还没有接下的任务。">
            <Button
              className="full-button"
              type="primary"
              size="large"
              onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.grabHall })}
            >
              去抢单大厅
            </Button>
          </EmptyView>
        }
        render={(o) => (
          <OrderCard order={o} names={names} showDeadline>
            {o.status === 'taken' && (
              <Button type="primary" size="large" onClick={() => void Taro.navigateTo({ url: completeUrl(o._id) })}>
                办结
              </Button>
            )}
          </OrderCard>
        )}
      />
    </View>
  );
}
