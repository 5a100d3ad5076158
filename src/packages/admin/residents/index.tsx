/**
 * 居民认证 (楼栋长 of their buildings, admins of the community): share the invitation, and confirm
 * or reject each claimed address waiting in the queue. A confirmation is of exactly the building
 * and room shown: if the person changed it meanwhile (or another verifier was quicker), the answer
 * is CLAIM_CHANGED and the list is read again.
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PendingResident } from '../../../../types/user';
import { isCommunityAdmin } from '../../../../domain/actor';
import { verifyScope } from '../../../../domain/residence';
import { useTextSize } from '@/features/elder-mode';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { nameIndex } from '@/features/org-names';
import { viewerOf } from '@/features/viewer';
import { usePagedList } from '@/features/list/use-paged-list';
import { refusalText } from '@/features/errors';
import { listPendingResidents, verifyResident } from '@/services/user';
import { PagedListView } from '@/components/PagedListView';
import { LoadingView } from '@/components/StatusView';
import { InviteCard, type InviteChoice } from './InviteCard';
import '@/components/forms.scss';
import './index.scss';

export default function VerifyResidentsPage() {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const list = usePagedList<PendingResident>(useCallback((cursor?: string) => listPendingResidents(cursor), []));
  const [busy, setBusy] = useState('');

  if (!me.data) return <LoadingView />;
  const actor = viewerOf(me.data);
  const names = nameIndex(tree.data);
  const scope = verifyScope(actor);
  const choices: InviteChoice[] = isCommunityAdmin(actor)
    ? [
        { buildingId: '', label: '整个社区' },
        ...(tree.data?.grids ?? []).flatMap((g) => g.buildings.map((b) => ({ buildingId: b._id, label: b.name }))),
      ]
    : ('buildingIds' in scope ? scope.buildingIds : []).map((id) => ({
        buildingId: id,
        label: names.get(id) ?? '本楼栋',
      }));

  const decide = async (p: PendingResident, decision: 'confirm' | 'reject') => {
    setBusy(p._id);
    const res = await verifyResident(p, decision);
    setBusy('');
    if (res.ok) {
      list.remove(p._id);
      void Taro.showToast({ title: decision === 'confirm' ? '已认证' : '已退回', icon: 'success' });
      return;
    }
    void Taro.showToast({ title: refusalText(res.error, { CLAIM_CHANGED: '住址已变，已刷新' }), icon: 'none' });
    void list.refresh();
  };

  return (
    <View className={text.className}>
      {choices.length > 0 && <InviteCard choices={choices} />}
      <Text className="section-title">待认证的居民</Text>
      <PagedListView
        list={list}
        empty="没有待认证的居民。"
        render={(p) => (
          <View className="card pending-row" data-user={p._id}>
            <Text className="pending-row__name">{p.name}</Text>
            <Text className="pending-row__where">
              {p.buildingName || '未知楼栋'} {p.room ? `${p.room}室` : '（未填房号）'}
            </Text>
            {p.phone && <Text className="muted">{p.phone}</Text>}
            <View className="pending-row__actions">
              <Button
                className="verify-confirm"
                type="primary"
                size="large"
                loading={busy === p._id}
                disabled={!!busy || !p.room}
                onClick={() => void decide(p, 'confirm')}
              >
                认证
              </Button>
              <Button className="verify-reject" size="large" disabled={!!busy} onClick={() => void decide(p, 'reject')}>
                不通过
              </Button>
            </View>
          </View>
        )}
      />
    </View>
  );
}
