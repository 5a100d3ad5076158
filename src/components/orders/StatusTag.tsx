/** An order's status as a coloured pill: 待派单, 办理中, 已办结… (colours by what it asks of people). */
import { Text } from '@tarojs/components';
import type { OrderStatus } from '../../../types/orders';
import { statusLabel, statusTone } from '@/features/orders/labels';
import './orders.scss';

export function StatusTag({ status, big }: { status: OrderStatus; big?: boolean }) {
  return (
    <Text className={`order-status order-status--${statusTone(status)}${big ? ' order-status--big' : ''}`}>
      {statusLabel(status)}
    </Text>
  );
}
