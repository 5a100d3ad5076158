/** 我的任务: the orders I took (grabbed or was assigned), newest first; 办结 right on the card. */
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { completeUrl, ORDER_PAGES } from '@/features/orders/routes';
import { MyOrderList } from '@/components/orders/MyOrderList';
import { OrderCard } from '@/components/orders/OrderCard';

export default function MyTasksPage() {
  return (
    <MyOrderList
      view="tasks"
      belongs={(userId, o) => !!userId && o.takerId === userId}
      emptyText="还没有接下的任务。"
      next={{ label: '去抢单大厅', url: ORDER_PAGES.grabHall }}
      card={(o, names) => (
        <OrderCard order={o} names={names} showDeadline>
          {o.status === 'taken' && (
            <Button type="primary" size="large" onClick={() => void Taro.navigateTo({ url: completeUrl(o._id) })}>
              办结
            </Button>
          )}
        </OrderCard>
      )}
    />
  );
}
