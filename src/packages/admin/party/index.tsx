/**
 * 报到审核 (community admins): the pending 在职党员报到 — confirm, or reject with a reason the member
 * reads — and the confirmed members, each opening their 1+X, 结对 and 反馈卡 page.
 */
import { useCallback, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { TIME_SLOT_LABELS } from '../../../../types/members';
import type { RegistrationView } from '../../../../types/party';
import { SKILL_LABELS } from '../../../../types/skills';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { errorText } from '@/features/errors';
import { decideRegistration, reviewList } from '@/services/party';
import { PageTabs } from '@/components/PageTabs';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';
import './index.scss';

const TABS = [
  { value: 'pending', title: '待审核' },
  { value: 'confirmed', title: '已报到' },
] as const;

function Row(props: { r: RegistrationView; onDecided(): void }) {
  const { r } = props;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'confirm' | 'reject') => {
    setBusy(true);
    const res = await decideRegistration(r.userId, decision, decision === 'reject' ? reason.trim() : undefined);
    setBusy(false);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    void Taro.showToast({ title: decision === 'confirm' ? '已确认报到' : '已退回', icon: 'success' });
    props.onDecided();
  };
  const open = () => void Taro.navigateTo({ url: `/packages/admin/party-member/index?userId=${r.userId}` });
  return (
    <View className="card party-row" data-user={r.userId} onClick={r.status === 'confirmed' ? open : undefined}>
      <Text className="party-row__name">{r.name}</Text>
      <Text>
        {r.unitName} · {r.partyOrg}
      </Text>
      {r.skills.length > 0 && (
        <Text className="muted">
          特长：{[...r.skills.map((s) => SKILL_LABELS[s]), r.skillsNote].filter(Boolean).join('、')}
        </Text>
      )}
      <Text className="muted">可服务：{r.availableTimes.map((t) => TIME_SLOT_LABELS[t]).join('、')}</Text>
      {r.status === 'pending' && (
        <View className="party-row__actions">
          {rejecting && (
            <Input
              className="form-input party-reason"
              value={reason}
              placeholder="退回理由，如：请补交介绍信"
              maxLength={100}
              onChange={setReason}
            />
          )}
          <View className="party-row__buttons">
            {!rejecting && (
              <Button
                className="party-confirm"
                type="primary"
                size="large"
                loading={busy}
                onClick={() => void decide('confirm')}
              >
                确认报到
              </Button>
            )}
            <Button
              className="party-reject"
              size="large"
              disabled={busy || (rejecting && reason.trim().length === 0)}
              onClick={() => (rejecting ? void decide('reject') : setRejecting(true))}
            >
              {rejecting ? '确认退回' : '退回'}
            </Button>
          </View>
        </View>
      )}
      {r.status === 'confirmed' && <Text className="party-row__more">查看 1+X、结对与反馈卡 ›</Text>}
    </View>
  );
}

export default function PartyReviewPage() {
  const text = useTextSize();
  const [status, setStatus] = useState<'pending' | 'confirmed'>('pending');
  const list = usePagedList<RegistrationView>(useCallback((cursor?: string) => reviewList(status, cursor), [status]));
  usePullDownRefresh(() => void list.refresh().then(() => Taro.stopPullDownRefresh()));
  return (
    <View className={text.className}>
      <PageTabs value={status} tabs={TABS} onChange={(v) => setStatus(v as 'pending' | 'confirmed')} />
      <PagedListView
        list={list}
        empty={status === 'pending' ? '没有待审核的报到。' : '还没有已报到的在职党员。'}
        render={(r) => <Row r={r} onDecided={() => list.remove(r._id)} />}
      />
    </View>
  );
}
