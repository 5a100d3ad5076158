/** 我的诉求: what I filed (or was filed for me), newest first, with where each one is now. */
import { isOwner } from '../../../../domain/orders/permissions';
import { ORDER_PAGES } from '@/features/orders/routes';
import { MyOrderList } from '@/components/orders/MyOrderList';

export default function MyOrdersPage() {
  return (
    <MyOrderList
      view="mine"
      belongs={(userId, o) => isOwner({ userId }, o)}
      emptyText="您还没有提过诉求。有什么需要帮忙的，说一声就行。"
      next={{ label: '我要点单', url: ORDER_PAGES.create }}
    />
  );
}
