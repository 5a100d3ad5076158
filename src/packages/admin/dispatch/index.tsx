/**
 * 派单台 (admins): every 待派单 order of the community, newest first. Each card names the building
 * and the 建议网格 (the grid containing it, 地域临近); 受理自办 sends it there (or to a grid the admin
 * picks), 回复解释 answers it, 转交办理 hands it to a department. A dispatched card leaves the desk.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { DispatchKind, OrderView } from '../../../../types/orders';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { gridOfBuilding, nameIndex } from '@/features/org-names';
import { errorText } from '@/features/errors';
import { announceOrder } from '@/features/orders/events';
import { useOrderList } from '@/features/orders/use-order-list';
import { dispatchOrder, type DispatchInput } from '@/services/orders';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';
import { DispatchSheet } from './DispatchSheet';
import './index.scss';

const DONE: Record<DispatchKind, string> = { self: '已派单', reply: '已答复', transfer: '已转交' };

export default function DispatchDeskPage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const list = useOrderList('community', { status: 'submitted', belongs: () => true });
  const [open, setOpen] = useState<{ kind: DispatchKind; order: OrderView } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const names = nameIndex(tree.data);
  const suggested = (o: OrderView) =>
    gridOfBuilding(tree.data, o.buildingId) ?? { _id: o.gridId, name: names.get(o.gridId) ?? '' };

  const start = (kind: DispatchKind, order: OrderView) => {
    setError('');
    setOpen({ kind, order });
  };

  const send = async (input: DispatchInput) => {
    setBusy(true);
    const res = await dispatchOrder(input);
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    setOpen(null);
    announceOrder(res.data.order); // it is no longer 待派单: the list drops it
    const grid = input.kind === 'self' ? names.get(res.data.order.gridId) : '';
    void Taro.showToast({ title: grid ? `已派至${grid}` : DONE[input.kind], icon: 'success' });
  };

  return (
    <View className={text.className}>
      <PagedListView
        list={list}
        empty="没有待派的诉求。新的诉求会出现在这里，下拉可以刷新。"
        render={(o) => (
          <OrderCard
            order={o}
            names={names}
            extra={
              <Text className="order-card__extra">
                建议网格：{suggested(o).name || '—'}
                <Text className="muted">（楼栋所在网格）</Text>
              </Text>
            }
          >
            <Button className="dispatch-self" type="primary" size="large" onClick={() => start('self', o)}>
              受理自办
            </Button>
            <Button className="dispatch-reply" size="large" onClick={() => start('reply', o)}>
              回复解释
            </Button>
            <Button className="dispatch-transfer" size="large" onClick={() => start('transfer', o)}>
              转交办理
            </Button>
          </OrderCard>
        )}
      />
      {open && (
        <DispatchSheet
          kind={open.kind}
          order={open.order}
          tree={tree.data}
          suggestedGridId={suggested(open.order)._id}
          busy={busy}
          error={error}
          onSend={(input) => void send(input)}
          onClose={() => setOpen(null)}
        />
      )}
    </View>
  );
}
