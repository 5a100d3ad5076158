/** A chart card of the 数据看板: the title, the uCharts canvas and its numbers as a table. */
import { View, Text } from '@tarojs/components';
import type { ChartSpec } from '@/features/stats/charts';
import { ChartTable } from '@/components/stats/ChartTable';
import { UChart } from './UChart';

export function ChartSection(props: { id: string; spec: ChartSpec; height: number }) {
  const { spec } = props;
  return (
    <View className="card stats-section stats-chart" data-chart={props.id}>
      <Text className="stats-section__title">{spec.title}</Text>
      {spec.drawable ? (
        <UChart id={props.id} title={spec.title} options={spec.options} height={props.height} />
      ) : (
        <Text className="stats-chart__empty">本期暂无数据</Text>
      )}
      <ChartTable table={spec.table} />
    </View>
  );
}
