/** 我的诉求: what I filed (or was filed for me), newest first, with where each one is now. */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { isOwner } from '../../../../domain/orders/permissions';
import { useOrderList } from '@/features/orders/use-order-list';
import { ORDER_PAGES } from '@/features/orders/routes';
import { EmptyView } from '@/components/StatusView';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';

export default function MyOrdersPage() {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const userId = me.data?.user._id ?? '';
  const list = useOrderList('mine', { belongs: (o) => isOwner({ userId }, o) });
  const names = nameIndex(tree.data);

  return (
    <View className={text.className}>
      <PagedListView
        list={list}
        empty={
          <EmptyView text="您还没有提过诉求。有什么需要帮忙的，说一声就行。">
            <Button
              className="full-button"
              type="primary"
              size="large"
              onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.create })}
            >
              我要点单
            </Button>
          </EmptyView>
        }
        render={(o) => <OrderCard order={o} names={names} />}
      />
    </View>
  );
}
