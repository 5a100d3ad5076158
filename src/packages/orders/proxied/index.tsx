/**
 * 我代办的 (楼栋长, 网格员): the orders I filed for residents, newest first, so I can follow each one
 * and, when the resident asks me to, rate it for them on its page.
 */
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { isProxyOf } from '../../../../domain/orders/permissions';
import { useOrderList } from '@/features/orders/use-order-list';
import { ORDER_PAGES } from '@/features/orders/routes';
import { EmptyView } from '@/components/StatusView';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';

export default function ProxiedOrdersPage() {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const userId = me.data?.user._id ?? '';
  const list = useOrderList('proxied', { belongs: (o) => isProxyOf({ userId }, o) });
  const names = nameIndex(tree.data);
  return (
    <View className={text.className}>
      <PagedListView
        list={list}
        empty={
          <EmptyView text="您还没有替居民代办过诉求。">
            <Button
              className="full-button"
              type="primary"
              size="large"
              onClick={() => void Taro.redirectTo({ url: ORDER_PAGES.proxy })}
            >
              去代办
            </Button>
          </EmptyView>
        }
        render={(o) => (
          <OrderCard
            order={o}
            names={names}
            extra={<Text className="order-card__meta">为 {o.residentName} 代办</Text>}
          />
        )}
      />
    </View>
  );
}
