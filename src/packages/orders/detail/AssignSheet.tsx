/**
 * 指派 and 改派 (the grid's worker, admins): choose who in the order's grid takes it — its party
 * members and grid workers, and property staff for 物业服务 — the same people who could have grabbed
 * it, from `orders.takers` (names and work roles only), 20 at a time with 加载更多.
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { OrderView } from '../../../../types/orders';
import { usePagedList } from '@/features/list/use-paged-list';
import { errorText } from '@/features/errors';
import { assignOrder, listTakers, reassignOrder } from '@/services/orders';
import { SheetDialog } from '@/components/SheetDialog';
import { ChoiceList } from '@/components/ChoiceList';

export function AssignSheet(props: {
  order: OrderView;
  /** 改派 a taken order rather than 指派 a waiting one. */
  reassign?: boolean;
  onClose(): void;
  onAssigned(o: OrderView): void;
}) {
  const { order, reassign } = props;
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const loadPage = useCallback((cursor?: string) => listTakers(order._id, cursor), [order._id]);
  const people = usePagedList(loadPage, true, false);
  const { items, loaded, nextCursor, phase } = people.state;
  const choices = items.filter((p) => p._id !== order.takerId);
  const verb = reassign ? '改派' : '指派';

  const assign = async () => {
    if (!chosen) return setError('请选择一个人');
    setBusy(true);
    const res = await (reassign ? reassignOrder(order._id, chosen) : assignOrder(order._id, chosen));
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    props.onAssigned(res.data.order);
    void Taro.showToast({ title: `已${verb}`, icon: 'success' });
    props.onClose();
  };

  return (
    <SheetDialog
      visible
      title={reassign ? `改派给谁？（现在是${order.takerName ?? ''}）` : '指派给谁？'}
      confirmText={verb}
      busy={busy}
      error={error || (people.state.error ? errorText(people.state.error) : '')}
      onCancel={props.onClose}
      onConfirm={() => void assign()}
    >
      {!loaded && <Text className="muted">正在加载人员…</Text>}
      {loaded && choices.length === 0 && !nextCursor && <Text className="muted">这个网格还没有可以接单的人员。</Text>}
      {choices.length > 0 && (
        <ChoiceList
          choices={choices.map((p) => ({ value: p._id, label: p.name, hint: p.roles.join('、') }))}
          value={chosen}
          onChange={(v) => {
            setChosen(v);
            setError('');
          }}
        />
      )}
      {nextCursor && (
        <Button className="full-button" size="large" block loading={phase === 'more'} onClick={people.loadMore}>
          加载更多
        </Button>
      )}
    </SheetDialog>
  );
}
