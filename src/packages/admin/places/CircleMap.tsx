/**
 * 阵地管理's 示意图 of the 15分钟服务圈: every place with its own 15-minute circle and every located
 * building, red where no place is within 15 minutes' walk — the gaps show at a glance. Staff only
 * (the circle report is admins'); residents' maps never show buildings. Same projection as the
 * residents' map (src/features/places/schematic.ts), centred on the middle of it all.
 */
import { View, Text } from '@tarojs/components';
import type { CircleReport, GeoPoint } from '../../../../types/places';
import { layoutSchematic, offsetMeters, pct } from '@/features/places/schematic';
import { SchematicMarks } from '@/components/places/SchematicMarks';

const middle = (points: GeoPoint[]): GeoPoint => ({
  lat: points.reduce((sum, p) => sum + p.lat, 0) / points.length,
  lng: points.reduce((sum, p) => sum + p.lng, 0) / points.length,
});

export function CircleMap({ report }: { report: CircleReport }) {
  const buildings = report.buildings.flatMap((b) => (b.location ? [{ ...b, location: b.location }] : []));
  const points = [...report.places.map((p) => p.location), ...buildings.map((b) => b.location)];
  if (points.length === 0) return null;
  const center = middle(points);
  // the box fits everything: the farthest point sets the span, not the circle
  const farthest = Math.max(...points.map((p) => Math.hypot(...Object.values(offsetMeters(center, p)))));
  const s = layoutSchematic(center, points, Math.max(report.radiusMeters, farthest));
  const reach = report.radiusMeters / (2 * s.halfSpanMeters);
  const placeAt = s.points.slice(0, report.places.length);
  const buildingAt = s.points.slice(report.places.length);
  return (
    <View className="circle-map">
      <View className="circle-map__canvas">
        {placeAt.map((at, i) => (
          <View
            key={`c-${report.places[i].placeId}`}
            className="circle-map__reach"
            style={{ left: pct(at.x - reach), top: pct(at.y - reach), width: pct(2 * reach), height: pct(2 * reach) }}
          />
        ))}
        {placeAt.map((at, i) => (
          <View
            key={report.places[i].placeId}
            className="circle-map__place"
            style={{ left: pct(at.x), top: pct(at.y) }}
          />
        ))}
        {buildingAt.map((at, i) => (
          <View
            key={buildings[i].buildingId}
            className={`circle-map__building ${buildings[i].inCircle ? '' : 'circle-map__building--out'}`}
            style={{ left: pct(at.x), top: pct(at.y) }}
          >
            {/* named only where work is needed; the rows below name the rest */}
            {!buildings[i].inCircle && <Text className="circle-map__building-name">{buildings[i].name}</Text>}
          </View>
        ))}
        <SchematicMarks block="circle-map" scale={s.scale} />
      </View>
      <View className="circle-map__legend">
        <Text className="circle-map__key circle-map__key--place">服务阵地及其步行15分钟圈</Text>
        <Text className="circle-map__key circle-map__key--in">楼栋（15分钟内有阵地）</Text>
        <Text className="circle-map__key circle-map__key--out">楼栋（15分钟内没有）</Text>
      </View>
    </View>
  );
}
