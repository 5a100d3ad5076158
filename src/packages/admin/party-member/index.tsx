/**
 * One 在职党员 for the admin: their registration, the quarter's 1+X against the records, 结对 (pick a
 * household by name: 人员管理's search), and the 反馈卡 — write the community's remark and sign it
 * off, after which the member's 共建单位 can read and download it. A signed card opens as Word.
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { PARTY_LIMITS } from '../../../../types/party';
import type { Member } from '../../../../types/user';
import { recentCommitmentPeriods } from '../../../../domain/party/rules';
import { formatHours } from '../../../../domain/hours/credit';
import { useTextSize } from '@/features/elder-mode';
import { useLoaded } from '@/features/notices/use-loaded';
import { errorText } from '@/features/errors';
import { cardFile, memberDetail, pairHousehold, signCard } from '@/services/party';
import { openLedgerFile } from '@/services/ledgers';
import { searchMembers } from '@/services/user';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { ProgressCard } from '@/components/party/ProgressCard';
import '@/components/forms.scss';
import '../party/index.scss';

function PairBox(props: { userId: string; onPaired(): void }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Member[]>([]);
  const find = async () => {
    const res = await searchMembers(q.trim());
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    setFound(res.data.items.filter((m) => m._id !== props.userId));
  };
  const pick = async (m: Member) => {
    const res = await pairHousehold(props.userId, m._id);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    void Taro.showToast({ title: `已与${m.name}结对`, icon: 'success' });
    setFound([]);
    props.onPaired();
  };
  return (
    <View className="party-pair">
      <Input className="form-input party-pair-q" value={q} placeholder="输入居民姓名或拼音" onChange={setQ} />
      <Button className="party-pair-find" size="large" disabled={!q.trim()} onClick={() => void find()}>
        查找居民
      </Button>
      {found.map((m) => (
        <View key={m._id} className="chip" role="button" onClick={() => void pick(m)}>
          {m.name}
        </View>
      ))}
    </View>
  );
}

export default function PartyMemberPage() {
  const text = useTextSize();
  const userId = useRouter().params.userId ?? '';
  const periods = recentCommitmentPeriods(new Date());
  const [period, setPeriod] = useState(periods[0].value);
  const detail = useLoaded(useCallback(() => memberDetail(userId, period), [userId, period]));
  const [remark, setRemark] = useState('');
  const [busy, setBusy] = useState(false);

  if (!detail.data) {
    return (
      <View className={text.className}>
        {detail.error ? <ErrorView error={detail.error} onRetry={() => void detail.reload()} /> : <LoadingView />}
      </View>
    );
  }
  const { registration: r, progress, pairing, card, suggestions } = detail.data;
  const sign = async () => {
    setBusy(true);
    const res = await signCard(r.userId, period, remark.trim());
    setBusy(false);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    void Taro.showToast({ title: '反馈卡已签发', icon: 'success' });
    void detail.reload();
  };
  const open = async (cardId: string) => {
    const made = await cardFile(cardId);
    const opened = made.ok ? await openLedgerFile(made.data) : made;
    if (!opened.ok) void Taro.showToast({ title: errorText(opened.error), icon: 'none' });
  };
  return (
    <View className={text.className}>
      <View className="card party-member">
        <Text className="party-row__name">{r.name}</Text>
        <Text>
          {r.unitName} · {r.partyOrg}
        </Text>
      </View>
      <View className="chip-row" role="radiogroup" aria-label="季度">
        {periods.map((p) => (
          <View
            key={p.value}
            className={p.value === period ? 'chip chip--on' : 'chip'}
            role="radio"
            aria-checked={p.value === period}
            onClick={() => setPeriod(p.value)}
          >
            {p.label}
          </View>
        ))}
      </View>
      <ProgressCard progress={progress} />
      <View className="card party-member">
        <Text className="section-title">结对户（本季度）</Text>
        <Text>{pairing ? `${pairing.householdName}（${pairing.buildingName} ${pairing.room}室）` : '尚未结对'}</Text>
        {period === periods[0].value && <PairBox userId={r.userId} onPaired={() => void detail.reload()} />}
      </View>
      <View className="card party-member party-suggestions">
        <Text className="section-title">建议（本季度）</Text>
        {suggestions.length === 0 && <Text className="muted">本季度还没有提出建议</Text>}
        {suggestions.map((s, i) => (
          <Text key={i}>
            {s.at}：{s.text}
          </Text>
        ))}
      </View>
      <View className="card party-card">
        <Text className="section-title">反馈卡（{progress.periodLabel}）</Text>
        {card ? (
          <>
            <Text className="party-card__signed">
              已签发 {card.signedAt} · 服务时长 {formatHours(card.totalMinutes)}
            </Text>
            <Text>社区评语：{card.remark}</Text>
            <Button className="full-button party-card-open" size="large" block onClick={() => void open(card._id)}>
              查看反馈卡（Word）
            </Button>
          </>
        ) : (
          <>
            <Text className="muted">签发后，党员所在单位即可查看和下载。签发后不能修改。</Text>
            <TextArea
              className="form-textarea party-remark"
              value={remark}
              maxLength={PARTY_LIMITS.remark}
              placeholder="社区评语，如：服务热情，积极参加社区活动"
              onChange={setRemark}
            />
            <Button
              className="full-button party-sign"
              type="primary"
              size="large"
              block
              loading={busy}
              disabled={remark.trim().length < 2}
              onClick={() => void sign()}
            >
              签发反馈卡
            </Button>
          </>
        )}
      </View>
    </View>
  );
}
