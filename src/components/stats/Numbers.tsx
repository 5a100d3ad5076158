/** The counts of the period as large numbers in a two-column grid, each with the previous period's. */
import { View, Text } from '@tarojs/components';
import type { Figures } from '../../../types/stats';
import { yuanLabel } from '../../../domain/points/money';
import { previousText } from '@/features/stats/format';
import './Numbers.scss';

type Count = { label: string; now: number | string; before: number | string };

export function countsOf(now: Figures, before: Figures): Count[] {
  const pair = (label: string, pick: (f: Figures) => number | string): Count => ({
    label,
    now: pick(now),
    before: pick(before),
  });
  return [
    pair('诉求', (f) => f.orders),
    pair('服务居民（去重）', (f) => f.served),
    pair('接单用时（中位）', (f) => f.medianTake),
    pair('办结用时（中位）', (f) => f.medianDone),
    pair('超时', (f) => f.overdue),
    pair('升级至社区', (f) => f.escalated),
    pair('整改', (f) => f.rectified),
    pair('居民确认整改', (f) => f.rectifyConfirmed),
    pair('获得积分', (f) => f.points.earned),
    pair('爱心超市兑换（积分）', (f) => f.points.spent),
    // What residents took home (核销), at the items' 参考价值 where the admin set one.
    pair('爱心超市兑出价值', (f) => yuanLabel(f.points.valueFen)),
    pair('议事会议（已召开）', (f) => `${f.civic.meetingsHeld}/${f.civic.meetings}`),
    pair('决策按期落实', (f) => `${f.civic.decisionsOnTime}/${f.civic.decisions}`),
    pair('楼栋通知', (f) => f.civic.notices),
    pair('通知阅读率（按户）', (f) =>
      f.civic.noticeReadRate.percent === null ? '暂无' : `${f.civic.noticeReadRate.percent}%`,
    ),
  ];
}

export function Numbers(props: { now: Figures; before: Figures }) {
  return (
    <View className="stat-numbers">
      {countsOf(props.now, props.before).map((c) => (
        <View key={c.label} className="card stat-number">
          <Text className="stat-number__value">{c.now}</Text>
          <Text className="stat-number__label">{c.label}</Text>
          <Text className="stat-number__before">{previousText(c.before)}</Text>
        </View>
      ))}
    </View>
  );
}
