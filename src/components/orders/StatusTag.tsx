/** An order's status in the one palette: 待派单, 办理中, 已办结… */
import type { OrderStatus } from '../../../types/orders';
import { statusLabel } from '@/features/orders/labels';
import { StatusTag } from '../StatusTag';
import { ORDER_TONES } from '../status';

export function OrderStatusTag({ status, big }: { status: OrderStatus; big?: boolean }) {
  return (
    <StatusTag tone={ORDER_TONES[status]} big={big} className="order-status">
      {statusLabel(status)}
    </StatusTag>
  );
}
