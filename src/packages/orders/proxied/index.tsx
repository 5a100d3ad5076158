/**
 * 我代办的 (楼栋长, 网格员): the orders I filed for residents, newest first, so I can follow each one
 * and, when the resident asks me to, rate it for them on its page.
 */
import { Text } from '@tarojs/components';
import { isProxyOf } from '../../../../domain/orders/permissions';
import { ORDER_PAGES } from '@/features/orders/routes';
import { MyOrderList } from '@/components/orders/MyOrderList';
import { OrderCard } from '@/components/orders/OrderCard';

export default function ProxiedOrdersPage() {
  return (
    <MyOrderList
      view="proxied"
      belongs={(userId, o) => isProxyOf({ userId }, o)}
      emptyText="您还没有替居民代办过诉求。"
      next={{ label: '去代办', url: ORDER_PAGES.proxy, redirect: true }}
      card={(o, names) => (
        <OrderCard order={o} names={names} extra={<Text className="order-card__meta">为 {o.residentName} 代办</Text>} />
      )}
    />
  );
}
