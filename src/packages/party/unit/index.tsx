/**
 * 共建单位 (unit_admin): the unit's hours total across the communities it pairs with, its confirmed
 * in-service party members with their hours (names and 党组织 only — no phone, room or household),
 * and the 反馈卡 the communities signed off, each downloaded as Word (weapp: WeChat's viewer with
 * 转发; H5: a download).
 */
import { useCallback, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CardView, UnitMemberRow } from '../../../../types/party';
import { SKILL_LABELS } from '../../../../types/skills';
import { formatHours } from '../../../../domain/hours/credit';
import { useTextSize } from '@/features/elder-mode';
import { useLoaded } from '@/features/notices/use-loaded';
import { usePagedList } from '@/features/list/use-paged-list';
import { errorText } from '@/features/errors';
import { cardFile, unitCards, unitMembers, unitOverview } from '@/services/party';
import { openLedgerFile } from '@/services/ledgers';
import { PageTabs } from '@/components/PageTabs';
import { PagedListView } from '@/components/PagedListView';
import { ErrorView, LoadingView } from '@/components/StatusView';
import '@/components/forms.scss';
import '@/components/party/party.scss';

const TABS = [
  { value: 'members', title: '报到党员' },
  { value: 'cards', title: '反馈卡' },
] as const;

function CardRow(props: { card: CardView }) {
  const [busy, setBusy] = useState(false);
  const c = props.card;
  const download = async () => {
    setBusy(true);
    const made = await cardFile(c._id);
    const opened = made.ok ? await openLedgerFile(made.data) : made;
    setBusy(false);
    if (!opened.ok) void Taro.showToast({ title: errorText(opened.error), icon: 'none' });
  };
  return (
    <View className="card party-status unit-card" data-card={c._id}>
      <Text className="party-status__title">
        {c.memberName} · {c.periodLabel}
      </Text>
      <Text>
        {c.communityName} · 服务时长 {formatHours(c.totalMinutes)}
      </Text>
      <Text className="muted">社区评语：{c.remark}</Text>
      <Text className="muted">签发日期：{c.signedAt}</Text>
      <Button
        className="full-button unit-card-download"
        size="large"
        block
        loading={busy}
        onClick={() => void download()}
      >
        下载反馈卡（Word）
      </Button>
    </View>
  );
}

function UnitLists(props: { unitId: string }) {
  const [tab, setTab] = useState<'members' | 'cards'>('members');
  const members = usePagedList<UnitMemberRow>(
    useCallback((cursor?: string) => unitMembers(props.unitId, cursor), [props.unitId]),
  );
  const cards = usePagedList<CardView>(
    useCallback((cursor?: string) => unitCards(props.unitId, cursor), [props.unitId]),
    tab === 'cards',
  );
  return (
    <>
      <PageTabs value={tab} tabs={TABS} onChange={(v) => setTab(v as 'members' | 'cards')} />
      {tab === 'members' ? (
        <PagedListView
          list={members}
          empty="还没有在社区报到的党员。"
          render={(m) => (
            <View className="card party-status unit-member" data-user={m.userId}>
              <Text className="party-status__title">{m.name}</Text>
              <Text>
                {m.communityName} · {m.partyOrg}
              </Text>
              {m.skills.length > 0 && (
                <Text className="muted">特长：{m.skills.map((s) => SKILL_LABELS[s]).join('、')}</Text>
              )}
              <Text>累计志愿服务：{formatHours(m.totalMinutes)}</Text>
            </View>
          )}
        />
      ) : (
        <PagedListView list={cards} empty="社区还没有签发反馈卡。" render={(c) => <CardRow card={c} />} />
      )}
    </>
  );
}

export default function UnitPage() {
  const text = useTextSize();
  const overview = useLoaded(useCallback(() => unitOverview(), []));
  const [unitId, setUnitId] = useState('');
  usePullDownRefresh(() => void overview.reload().then(() => Taro.stopPullDownRefresh()));
  if (!overview.data) {
    return (
      <View className={text.className}>
        {overview.error ? <ErrorView error={overview.error} onRetry={() => void overview.reload()} /> : <LoadingView />}
      </View>
    );
  }
  const units = overview.data.units;
  const unit = units.find((u) => u._id === unitId) ?? units[0];
  if (!unit) return <Text className="list-hint">您还没有管理的共建单位。</Text>;
  return (
    <View className={text.className}>
      {units.length > 1 && (
        <View className="chip-row" role="radiogroup" aria-label="共建单位">
          {units.map((u) => (
            <View
              key={u._id}
              className={u._id === unit._id ? 'chip chip--on' : 'chip'}
              role="radio"
              aria-checked={u._id === unit._id}
              onClick={() => setUnitId(u._id)}
            >
              {u.name}
            </View>
          ))}
        </View>
      )}
      <View className="card party-status unit-overview">
        <Text className="party-status__title">{unit.name}</Text>
        <Text>结对社区：{unit.communities.map((c) => c.name).join('、')}</Text>
        <Text className="unit-total">记入本单位的志愿服务：{formatHours(unit.totalMinutes)}</Text>
        <Text className="muted">报到确认后的服务记入本单位；下面每人的时长为其在社区的全部志愿服务。</Text>
      </View>
      <UnitLists key={unit._id} unitId={unit._id} />
    </View>
  );
}
