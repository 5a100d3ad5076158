/**
 * Small bar lists drawn with plain Views (派单类型, 积分 by area): a bar is a View whose width is its
 * share of the longest. They render the same on weapp and H5, scale with the 长辈模式 type, and
 * read as text to a screen reader (each bar carries its label and number). The trend, category and
 * grid charts are drawn by uCharts (src/packages/admin/stats/UChart.tsx) — see README, 数据看板.
 */
import { View, Text } from '@tarojs/components';
import { barWidth } from '@/features/stats/format';
import './Bars.scss';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** e.g. '解决率 90%', shown after the number */
  note?: string;
}

/** Horizontal bars, one row each: label, bar, number. */
export function HBars(props: { bars: readonly Bar[]; unit?: string }) {
  const max = Math.max(0, ...props.bars.map((b) => b.value));
  return (
    <View className="hbars">
      {props.bars.map((b) => (
        <View key={b.key} className="hbars__row" aria-label={`${b.label} ${b.value}${props.unit ?? ''}`}>
          <Text className="hbars__label">{b.label}</Text>
          <View className="hbars__track">
            <View className="hbars__bar" style={{ width: `${barWidth(b.value, max)}%` }} />
          </View>
          <Text className="hbars__value">
            {b.value}
            {b.note ? <Text className="hbars__note"> {b.note}</Text> : null}
          </Text>
        </View>
      ))}
    </View>
  );
}
