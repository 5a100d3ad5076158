/**
 * 台账导出 (issue 13), as one self-contained panel: pick the period (月 / 季度 / 年, then which one)
 * and the grid, then one big button per ledger. The file opens at once (weapp: WeChat's document
 * viewer with 转发; H5: a download). Kept apart from the page so the 数据看板 can include it too.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { recentPeriods, type PeriodKind } from '../../../domain/ledgers/period';
import {
  LEDGER_KINDS,
  LEDGER_LABELS,
  type LedgerCommunity,
  type LedgerFile,
  type LedgerKind,
} from '../../../types/ledgers';
import type { AppError } from '../../../types/envelope';
import { errorText } from '@/features/errors';
import { exportLedger, openLedgerFile } from '@/services/ledgers';
import '@/components/forms.scss';
import './ledgers.scss';

const KINDS: { value: PeriodKind; label: string; count: number }[] = [
  { value: 'month', label: '按月', count: 6 },
  { value: 'quarter', label: '按季度', count: 4 },
  { value: 'year', label: '按年', count: 3 },
];

const HINTS: Record<LedgerKind, string> = {
  orders: '每件诉求：类别、分类、网格、楼栋、接单人、时间、评价、整改、结果',
  points: '每人按领域获得、兑换、当前余额与累计积分，附明细',
  meetings: '会议、参会人员、议题、决策、责任人、期限与落实进展',
};

/** `communities`: what the caller may export, their own first (a 街道管理员 has several). */
export function LedgerExportPanel(props: { communities: LedgerCommunity[]; now?: Date }) {
  const [communityId, setCommunityId] = useState(props.communities[0]._id);
  const community = props.communities.find((c) => c._id === communityId) ?? props.communities[0];
  const [kind, setKind] = useState<PeriodKind>('month');
  const periods = recentPeriods(kind, props.now ?? new Date(), KINDS.find((k) => k.value === kind)?.count ?? 6);
  const [period, setPeriod] = useState(periods[0].value);
  const [gridId, setGridId] = useState('');
  const [busy, setBusy] = useState<LedgerKind | null>(null);
  const [done, setDone] = useState<LedgerFile | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  /** The ledger the last tap was for: its answer shows under its own button, where the eye is. */
  const [last, setLast] = useState<LedgerKind | null>(null);

  const chooseKind = (next: PeriodKind) => {
    setKind(next);
    setPeriod(recentPeriods(next, props.now ?? new Date(), 1)[0].value);
  };

  const run = async (ledger: LedgerKind) => {
    setBusy(ledger);
    setLast(ledger);
    setError(null);
    setDone(null);
    const made = await exportLedger(ledger, { period, communityId: community._id, gridId: gridId || undefined });
    if (!made.ok) {
      setBusy(null);
      setError(made.error);
      return;
    }
    setDone(made.data);
    const opened = await openLedgerFile(made.data);
    setBusy(null);
    if (!opened.ok) setError(opened.error);
  };

  return (
    <View className="ledger-panel">
      <Text className="section-title">时段</Text>
      <View className="chip-row" role="radiogroup" aria-label="时段类型">
        {KINDS.map((k) => (
          <View
            key={k.value}
            className={kind === k.value ? 'chip chip--on' : 'chip'}
            role="radio"
            aria-checked={kind === k.value}
            onClick={() => chooseKind(k.value)}
          >
            {k.label}
          </View>
        ))}
      </View>
      <View className="chip-row ledger-periods" role="radiogroup" aria-label="时段">
        {periods.map((p) => (
          <View
            key={p.value}
            className={period === p.value ? 'chip chip--on' : 'chip'}
            role="radio"
            aria-checked={period === p.value}
            data-period={p.value}
            onClick={() => setPeriod(p.value)}
          >
            {p.label}
          </View>
        ))}
      </View>

      {props.communities.length > 1 && (
        <>
          <Text className="section-title">社区</Text>
          <View className="chip-row" role="radiogroup" aria-label="社区">
            {props.communities.map((c) => (
              <View
                key={c._id}
                className={community._id === c._id ? 'chip chip--on' : 'chip'}
                role="radio"
                aria-checked={community._id === c._id}
                onClick={() => {
                  setCommunityId(c._id);
                  setGridId('');
                }}
              >
                {c.name}
              </View>
            ))}
          </View>
        </>
      )}

      <Text className="section-title">网格</Text>
      <View className="chip-row" role="radiogroup" aria-label="网格">
        {[{ _id: '', name: '全部网格' }, ...community.grids].map((g) => (
          <View
            key={g._id || 'all'}
            className={gridId === g._id ? 'chip chip--on' : 'chip'}
            role="radio"
            aria-checked={gridId === g._id}
            onClick={() => setGridId(g._id)}
          >
            {g.name}
          </View>
        ))}
      </View>

      {community.personal === 'masked' && (
        <Text className="muted ledger-hint">街道导出的台账中，居民姓名、房号和电话均已脱敏。</Text>
      )}
      {LEDGER_KINDS.map((ledger) => (
        <View key={ledger} className="card ledger-action">
          <Button
            className={`full-button ledger-export ledger-export--${ledger}`}
            type="primary"
            size="large"
            block
            loading={busy === ledger}
            disabled={busy !== null}
            onClick={() => void run(ledger)}
          >
            {busy === ledger ? '正在生成…' : `导出${LEDGER_LABELS[ledger]}`}
          </Button>
          <Text className="muted ledger-hint">{HINTS[ledger]}</Text>
          {last === ledger && done && !error && (
            <View className="ledger-done" aria-live="polite">
              <Text className="ledger-done__name">{done.name}</Text>
              <Text className="muted">共 {done.rows} 条记录。没有自动打开时，点下面再打开一次。</Text>
              <Button className="full-button" size="large" block onClick={() => void openLedgerFile(done)}>
                打开文件
              </Button>
            </View>
          )}
          {last === ledger && error && (
            <View className="ledger-error" role="alert">
              <Text>{errorText(error)}</Text>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
