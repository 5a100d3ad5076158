/**
 * 全部诉求 (admins): every order of the community, newest first, narrowed by status with a chip row.
 * The same page is a department's 转交事项: the server answers a department only the orders
 * transferred to it (orders/read.ts), and its chips are the steps a transfer goes through.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { STATUSES, STATUS_LABELS, type OrderStatus } from '../../../../types/orders';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { useOrderList } from '@/features/orders/use-order-list';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';
import { RemindRow } from '@/components/RemindRow';
import { consentForTile } from '@/features/notices/work-consent';
import '@/components/forms.scss';

type Filter = { value: OrderStatus | ''; label: string };
const chip = (s: OrderStatus): Filter => ({ value: s, label: STATUS_LABELS[s] });
const ADMIN_FILTERS: Filter[] = [{ value: '', label: '全部' }, ...STATUSES.map(chip)];
/** A transfer's steps, as its department works through them: 待受理, 办理中, 待评价, 整改, 办结. */
const DEPARTMENT_FILTERS: Filter[] = [
  { value: '', label: '全部' },
  { value: 'transferred', label: '待受理' },
  ...(['handling', 'completed', 'rectifying', 'closed'] as const).map(chip),
];

export default function AllOrdersPage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const me = useResource(session);
  const admin = !!me.data?.roles.some((r) => r.role === 'community_admin');
  const department = !admin && !!me.data?.roles.some((r) => r.role === 'department');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const list = useOrderList('community', { status: status || undefined });
  const names = nameIndex(tree.data);
  const filters = admin ? ADMIN_FILTERS : department ? DEPARTMENT_FILTERS : [];
  const label = filters.find((f) => f.value === status)?.label ?? '';

  useEffect(() => {
    if (department) void Taro.setNavigationBarTitle({ title: '转交事项' });
  }, [department]);

  return (
    <View className={text.className}>
      {/* A department opening its list: the moment to ask to hear of the next transfer. */}
      {department && <RemindRow title="转交提醒" kinds={consentForTile('transfers', ['department'])} />}
      {filters.length > 0 && (
        <View className="chip-row" role="tablist">
          {filters.map((f) => (
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
          status
            ? `没有「${label}」的${admin ? '诉求' : '事项'}。`
            : admin
              ? '社区还没有诉求。'
              : '还没有转交给您部门办理的事项。'
        }
        render={(o) => <OrderCard order={o} names={names} showDeadline />}
      />
    </View>
  );
}
