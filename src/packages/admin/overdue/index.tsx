/**
 * 超时诉求 (admins; grid workers see their own grids'): open orders past their 限时办结 deadline,
 * newest first. Each card says which deadline was missed; a tap opens the order to act on it.
 */
import { View, Text } from '@tarojs/components';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { useOrderList } from '@/features/orders/use-order-list';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';
import { RemindRow } from '@/components/RemindRow';

export default function OverduePage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  // A changed order that is no longer open (taken late and now done) leaves the list.
  const list = useOrderList('overdue', {
    belongs: (o) => o.overdueLevel > 0 && ['submitted', 'dispatched', 'taken'].includes(o.status),
  });
  const names = nameIndex(tree.data);

  return (
    <View className={text.className}>
      <RemindRow title="超时提醒" kinds={['order_overdue']} />
      <Text className="list-hint">超过接单或办结时限、还没办完的诉求。</Text>
      <PagedListView
        list={list}
        empty="没有超时的诉求。"
        render={(o) => <OrderCard order={o} names={names} showDeadline />}
      />
    </View>
  );
}
