/**
 * The numbers of a chart as a table beside it (src/features/stats/charts.ts builds both from the
 * same figures): readable in 长辈模式 type and by a screen reader, which sees the canvas only as
 * its label. Rows of Views, not a <table>: the same markup on weapp and H5.
 */
import { View, Text } from '@tarojs/components';
import type { ChartTable as Table } from '@/features/stats/charts';
import './ChartTable.scss';

export function ChartTable(props: { table: Table }) {
  const { head, rows } = props.table;
  return (
    <View className="chart-table" role="table">
      <View className="chart-table__row chart-table__head" role="row">
        {head.map((h) => (
          <View key={h} className="chart-table__cell" role="columnheader">
            <Text>{h}</Text>
          </View>
        ))}
      </View>
      {rows.map((r) => (
        <View key={r.key} className="chart-table__row" role="row">
          {r.cells.map((c, i) => (
            <View key={head[i]} className="chart-table__cell" role="cell">
              <Text>{c}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
