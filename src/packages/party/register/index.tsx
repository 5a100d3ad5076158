/**
 * 在职党员报到 (issue 14): not registered (or rejected) → the 报到表; pending → waiting for the
 * community; confirmed → the 1+X 承诺 of this quarter against the records, the household one is paired
 * with (for visiting: name, building, room), and a box for a 建议 to the community.
 */
import { useCallback, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { MEMBER_STATUS_LABELS, TIME_SLOT_LABELS } from '../../../../types/members';
import { PARTY_LIMITS, type MineView, type UnitView } from '../../../../types/party';
import { SKILL_LABELS } from '../../../../types/skills';
import { useTextSize } from '@/features/elder-mode';
import { useLoaded } from '@/features/notices/use-loaded';
import { errorText } from '@/features/errors';
import { requestIdKeeper } from '@/features/orders/request-id';
import { listUnits, myRegistration, suggest } from '@/services/party';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { ProgressCard } from '@/components/party/ProgressCard';
import { RegisterForm } from './RegisterForm';
import '@/components/party/party.scss';

function Status(props: { mine: MineView }) {
  const r = props.mine.registration;
  if (!r) return null;
  return (
    <View className="card party-status" data-status={r.status}>
      <Text className="party-status__title">报到状态：{MEMBER_STATUS_LABELS[r.status]}</Text>
      <Text>
        {r.unitName} · {r.partyOrg}
      </Text>
      {r.skills.length > 0 && <Text className="muted">特长：{r.skills.map((s) => SKILL_LABELS[s]).join('、')}</Text>}
      <Text className="muted">可服务时间：{r.availableTimes.map((t) => TIME_SLOT_LABELS[t]).join('、')}</Text>
      {r.status === 'pending' && <Text className="muted">已提交，社区审核后即报到成功。</Text>}
      {r.status === 'rejected' && (
        <Text className="form-field__error">未通过：{r.rejectReason}。可修改后重新提交。</Text>
      )}
    </View>
  );
}

function SuggestBox(props: { onSaved(): void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [keeper] = useState(requestIdKeeper);
  const send = async () => {
    setBusy(true);
    const res = await suggest(text.trim(), keeper.current());
    setBusy(false);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    keeper.settled();
    setText('');
    void Taro.showToast({ title: '建议已提交', icon: 'success' });
    props.onSaved();
  };
  return (
    <View className="card party-suggest">
      <Text className="section-title">给社区提一条建议</Text>
      <TextArea
        className="form-textarea"
        value={text}
        maxLength={PARTY_LIMITS.suggestion}
        placeholder="如：小区门口增设休息座椅"
        onChange={setText}
      />
      <Button
        className="full-button"
        size="large"
        block
        loading={busy}
        disabled={text.trim().length < 2}
        onClick={() => void send()}
      >
        提交建议
      </Button>
    </View>
  );
}

export default function PartyRegisterPage() {
  const text = useTextSize();
  const mine = useLoaded(useCallback(() => myRegistration(), []));
  const units = useLoaded(useCallback(() => listUnits(), []));
  usePullDownRefresh(() => void mine.reload().then(() => Taro.stopPullDownRefresh()));

  if (!mine.data || !units.data) {
    const error = mine.error ?? units.error;
    return (
      <View className={text.className}>
        {error ? (
          <ErrorView error={error} onRetry={() => void Promise.all([mine.reload(), units.reload()])} />
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }
  const m = mine.data;
  const r = m.registration;
  const unitList: UnitView[] = units.data.units;
  return (
    <View className={text.className}>
      <Status mine={m} />
      {(!r || r.status === 'rejected' || r.status === 'left') && (
        <RegisterForm units={unitList} onDone={() => void mine.reload()} />
      )}
      {m.progress && <ProgressCard progress={m.progress} />}
      {r?.status === 'confirmed' && (
        <View className="card party-pairing">
          <Text className="section-title">结对户</Text>
          <Text>
            {m.pairing
              ? `${m.pairing.householdName}（${m.pairing.buildingName} ${m.pairing.room}室）`
              : '社区尚未为您安排结对户'}
          </Text>
        </View>
      )}
      {r?.status === 'confirmed' && <SuggestBox onSaved={() => void mine.reload()} />}
    </View>
  );
}
