/**
 * The 服务阵地 示意图 (H5, whose Taro <Map> needs a Baidu map key and BD-09 coordinates): the person's
 * point in the middle, the 15-minute circle, numbered markers at their true bearing and distance
 * (src/features/places/schematic.ts), a scale bar and north. No streets: it says 示意图 so nobody
 * takes it for a street map. The weapp build uses PlacesMap.weapp.tsx, WeChat's real map.
 */
import { View, Text } from '@tarojs/components';
import { layoutSchematic, pct } from '@/features/places/schematic';
import { SchematicMarks } from './SchematicMarks';
import type { PlacesMapProps } from './map-props';
import './places-map.scss';

export function PlacesMap({ places, origin, originLabel, radiusMeters, selectedId, onSelect }: PlacesMapProps) {
  const s = layoutSchematic(
    origin,
    places.map((p) => p.location),
    radiusMeters,
  );
  const circle = {
    left: pct(0.5 - s.circle),
    top: pct(0.5 - s.circle),
    width: pct(2 * s.circle),
    height: pct(2 * s.circle),
  };
  return (
    <View className="place-map">
      <View className="place-map__canvas">
        <View className="place-map__circle" style={circle} />
        <Text className="place-map__circle-label" style={{ top: pct(0.5 + s.circle) }}>
          步行15分钟
        </Text>
        <View className="place-map__me" style={{ left: '50%', top: '50%' }} />
        <Text className="place-map__me-label">{originLabel}</Text>
        {/* nearer places drawn over farther ones: the numbers most wanted stay on top */}
        {places.map((p, i) => {
          const at = s.points[i];
          const cls = ['place-map__marker'];
          if (p._id === selectedId) cls.push('place-map__marker--on');
          if (at.beyond) cls.push('place-map__marker--beyond');
          if (p.inCircle) cls.push('place-map__marker--near');
          return (
            <View
              key={p._id}
              className={cls.join(' ')}
              style={{
                left: pct(at.x),
                top: pct(at.y),
                zIndex: p._id === selectedId ? places.length + 2 : places.length + 1 - i,
              }}
              onClick={() => onSelect(p._id)}
            >
              <Text className="place-map__marker-n">{i + 1}</Text>
            </View>
          );
        })}
        {s.points.some((p) => p.beyond) && <Text className="place-map__beyond-note">虚线圈编号：更远，标在图边</Text>}
        <SchematicMarks block="place-map" scale={s.scale} />
      </View>
    </View>
  );
}
