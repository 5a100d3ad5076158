/**
 * 全部诉求 (admins): every order of the community, newest first, narrowed by status with a chip row.
 * The same page is a department's 转交事项: the server answers a department only the transferred
 * orders (orders/read.ts), so it shows no status chips.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { STATUSES, STATUS_LABELS, type OrderStatus } from '../../../../types/orders';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { useOrderList } from '@/features/orders/use-order-list';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';

const FILTERS: { value: OrderStatus | ''; label: string }[] = [
  { value: '', label: '全部' },
  ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
];

export default function AllOrdersPage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const me = useResource(session);
  const admin = !!me.data?.roles.some((r) => r.role === 'community_admin');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const list = useOrderList('community', { status: status || undefined });
  const names = nameIndex(tree.data);

  return (
    <View className={text.className}>
      {admin && (
        <View className="chip-row" role="tablist">
          {FILTERS.map((f) => (
            <View
              key={f.value || 'all'}
              className={status === f.value ? 'chip chip--on' : 'chip'}
              role="tab"
              aria-selected={status === f.value}
              onClick={() => setStatus(f.value)}
            >
              {f.label}
            </View>
          ))}
        </View>
      )}
      <PagedListView
        list={list}
        empty={
          !admin
            ? '还没有转交给部门办理的事项。'
            : status
              ? `没有「${STATUS_LABELS[status]}」的诉求。`
              : '社区还没有诉求。'
        }
        render={(o) => <OrderCard order={o} names={names} showDeadline />}
      />
    </View>
  );
}
