/**
 * 网格诉求 (网格员): every order of my grids, newest first, narrowed by status with a chip row — what
 * waits to be taken, who is doing what, what was rated badly. A tap opens the order, where 指派,
 * 改派, 退单 and 整改回复 are.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { STATUS_LABELS, type OrderStatus } from '../../../../types/orders';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { useOrderList } from '@/features/orders/use-order-list';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';

/** The statuses a grid worker acts on, in the order work flows. */
const FILTERS: (OrderStatus | '')[] = [
  '',
  'submitted',
  'dispatched',
  'taken',
  'waiting',
  'completed',
  'rectifying',
  'rectified',
  'closed',
];

export default function GridOrdersPage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const list = useOrderList('grid', { status: status || undefined });
  const names = nameIndex(tree.data);
  return (
    <View className={text.className}>
      <View className="chip-row" role="tablist">
        {FILTERS.map((f) => (
          <View
            key={f || 'all'}
            className={status === f ? 'chip chip--on' : 'chip'}
            role="tab"
            aria-selected={status === f}
            onClick={() => setStatus(f)}
          >
            {f ? STATUS_LABELS[f] : '全部'}
          </View>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={status ? `网格里没有「${STATUS_LABELS[status]}」的诉求。` : '网格里还没有诉求。'}
        render={(o) => (
          <OrderCard
            order={o}
            names={names}
            showDeadline
            extra={o.takerName ? <Text className="order-card__meta">接单人：{o.takerName}</Text> : undefined}
          />
        )}
      />
    </View>
  );
}
