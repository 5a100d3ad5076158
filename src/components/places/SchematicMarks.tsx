/**
 * What every 示意图 carries on its canvas: that it is a sketch, not a street map; north; and a scale
 * bar whose width is its share of the box (styles: the schematic-marks mixin, under the map's own
 * block so each map keeps its class names).
 */
import { View, Text } from '@tarojs/components';
import { pct, scaleLabel, type Schematic } from '@/features/places/schematic';

export function SchematicMarks({ block, scale }: { block: string; scale: Schematic['scale'] }) {
  return (
    <>
      <Text className={`${block}__tag`}>示意图 · 不是街道地图</Text>
      <Text className={`${block}__north`}>北 ↑</Text>
      <View className={`${block}__scale-bar`} style={{ width: pct(scale.share) }} />
      <Text className={`${block}__scale-text`}>{scaleLabel(scale.meters)}</Text>
    </>
  );
}
