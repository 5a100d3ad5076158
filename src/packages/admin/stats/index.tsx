/**
 * 数据看板 (community admins; 街道管理员 for each of their communities and the sum): one month,
 * quarter or year beside the one before — the three rates with their definitions, the counts, the
 * trend by month, and the splits by category, grid (a 街道's sum: by community) and dispatch
 * class, and points. The trend, category and grid charts are uCharts canvases with their numbers
 * as a table beside them (src/features/stats/charts.ts). Outcomes residents feel; no ranking of staff.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { Dashboard, StatsPeriod } from '../../../../types/stats';
import type { AppError } from '../../../../types/envelope';
import { getDashboard } from '@/services/stats';
import { useTextSize } from '@/features/elder-mode';
import { PageTabs } from '@/components/PageTabs';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { RateCards, RateDefinitions } from '@/components/stats/RateCards';
import { Numbers } from '@/components/stats/Numbers';
import { HBars } from '@/components/stats/Bars';
import { categoryChart, chartFontSize, placeChart, trendChart } from '@/features/stats/charts';
import { yuanLabel } from '../../../../domain/points/money';
import { ChartSection } from './ChartSection';
import '@/components/forms.scss';
import './index.scss';

const PERIODS: { value: StatsPeriod; title: string }[] = [
  { value: 'month', title: '月' },
  { value: 'quarter', title: '季度' },
  { value: 'year', title: '年' },
];

export default function StatsPage() {
  const text = useTextSize();
  const [period, setPeriod] = useState<StatsPeriod>('month');
  const [community, setCommunity] = useState('');
  const [tries, setTries] = useState(0);
  // The answer for which request: a shown answer stays while the next one loads.
  const [answer, setAnswer] = useState<{ key: string; data?: Dashboard; error?: AppError }>({ key: '' });
  const key = `${period}|${community}|${tries}`;
  useEffect(() => {
    void getDashboard(period, community || undefined).then((env) =>
      setAnswer(env.ok ? { key, data: env.data } : { key, error: env.error }),
    );
  }, [key, period, community]);
  const state = { ...answer, loading: answer.key !== key, data: answer.data };
  const load = () => setTries((t) => t + 1);
  const d = state.data;
  const fontSize = chartFontSize(text.tier);
  // Built once per answer: a new options object would redraw the canvases on every render.
  const charts = useMemo(
    () => d && { trend: trendChart(d, fontSize), category: categoryChart(d, fontSize), place: placeChart(d, fontSize) },
    [d, fontSize],
  );

  return (
    <View className={`page stats-page ${text.className}`}>
      <PageTabs value={period} tabs={PERIODS} onChange={(v) => setPeriod(v as StatsPeriod)} />
      {d && d.communities.length > 1 && (
        <PageTabs
          value={community}
          tabs={[{ value: '', title: '合计' }, ...d.communities.map((c) => ({ value: c._id, title: c.name }))]}
          onChange={setCommunity}
        />
      )}
      {state.error && !state.loading && <ErrorView error={state.error} onRetry={load} />}
      {!d && state.loading && <LoadingView />}
      {d && (
        <View className="stats-body" data-period={d.period.key}>
          <Text className="stats-period">
            {d.period.label}（上期：{d.previous.label}）
          </Text>
          <RateCards now={d.current} before={d.before} />
          <RateDefinitions />
          <Numbers now={d.current} before={d.before} />
          {charts && (
            <>
              <ChartSection id="chart-trend" spec={charts.trend} height={220} />
              <ChartSection id="chart-category" spec={charts.category} height={260} />
              <ChartSection id="chart-place" spec={charts.place} height={240} />
            </>
          )}
          <Section title="按派单类型">
            <HBars bars={d.current.byKind.map((s) => ({ ...s, value: s.count }))} unit="件" />
          </Section>
          <Section
            title={`积分：获得 ${d.current.points.earned}，兑换 ${d.current.points.redeemed} 件，已领取 ${d.current.points.collected} 件（${yuanLabel(d.current.points.valueFen)}）`}
          >
            <HBars bars={d.current.points.byArea.map((s) => ({ ...s, value: s.count }))} unit="分" />
          </Section>
        </View>
      )}
    </View>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <View className="card stats-section">
      <Text className="stats-section__title">{props.title}</Text>
      {props.children}
    </View>
  );
}
