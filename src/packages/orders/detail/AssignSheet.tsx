/**
 * 指派 (admins): choose who in the order's grid takes it — its party members and grid workers, and
 * property staff for 物业服务 — the same people who could have grabbed it. The people come from
 * `user.members.list`, which only admins may call.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { OrderView } from '../../../../types/orders';
import type { Member } from '../../../../types/user';
import { ROLE_TABLE } from '../../../../types/roles';
import { actorOf } from '../../../../domain/actor';
import { mayGrab } from '../../../../domain/orders/permissions';
import { session } from '@/features/session';
import { loadAllMembers } from '@/features/members';
import { errorText } from '@/features/errors';
import { assignOrder } from '@/services/orders';
import { SheetDialog } from '@/components/SheetDialog';
import { ChoiceList } from '@/components/ChoiceList';

const workLabels = (m: Member) =>
  [...new Set(m.roles.filter((r) => r.role !== 'resident').map((r) => ROLE_TABLE[r.role].label))].join('、');

export function AssignSheet(props: { order: OrderView; onClose(): void; onAssigned(o: OrderView): void }) {
  const { order } = props;
  const [people, setPeople] = useState<Member[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    void loadAllMembers().then(({ members, error: e }) => {
      const communityId = session.get().data?.community._id ?? '';
      const facts = { ...order, communityId };
      setPeople(members.filter((m) => mayGrab(actorOf(m, m.roles, communityId), facts)));
      if (e) setError(e);
    });
  }, [order]);

  const assign = async () => {
    if (!chosen) return setError('请选择一个人');
    setBusy(true);
    const res = await assignOrder(order._id, chosen);
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    props.onAssigned(res.data.order);
    void Taro.showToast({ title: '已指派', icon: 'success' });
    props.onClose();
  };

  return (
    <SheetDialog
      visible
      title="指派给谁？"
      confirmText="指派"
      busy={busy}
      error={error}
      onCancel={props.onClose}
      onConfirm={() => void assign()}
    >
      {people === null && <Text className="muted">正在加载人员…</Text>}
      {people?.length === 0 && <Text className="muted">这个网格还没有可以接单的人员。</Text>}
      {people && people.length > 0 && (
        <ChoiceList
          choices={people.map((p) => ({ value: p._id, label: p.name, hint: workLabels(p) }))}
          value={chosen}
          onChange={setChosen}
        />
      )}
    </SheetDialog>
  );
}
