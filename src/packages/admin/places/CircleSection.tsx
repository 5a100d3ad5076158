/**
 * 15分钟服务圈 for staff: the walking speed the community counts with, and every building with its
 * nearest place and minutes on foot — the ones outside the circle (or not yet located) first, since
 * they are where work is needed. A building is located where the admin stands (用我现在的位置) or on
 * weapp's map picker.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CircleReport } from '../../../../types/places';
import { CIRCLE_MINUTES } from '../../../../types/places';
import { errorText } from '@/features/errors';
import { IS_WEAPP } from '@/features/platform';
import { pickOnMap, whereAmI } from '@/features/places/location';
import { circle, locateBuilding } from '@/services/places';
import { CircleMap } from './CircleMap';

const SPEEDS = [
  { value: 50, label: '慢（老人）' },
  { value: 70, label: '一般' },
  { value: 90, label: '快' },
];

export function CircleSection(props: { refreshKey: number }) {
  const [report, setReport] = useState<CircleReport | undefined>();
  const [error, setError] = useState('');
  const load = async (speed?: number) => {
    const res = await circle(speed);
    if (res.ok) setReport(res.data);
    else setError(errorText(res.error));
  };
  useEffect(() => {
    let live = true;
    void circle().then((res) => {
      if (!live) return;
      if (res.ok) setReport(res.data);
      else setError(errorText(res.error));
    });
    return () => {
      live = false;
    };
  }, [props.refreshKey]);

  const locate = async (buildingId: string) => {
    const point = IS_WEAPP ? await pickOnMap() : await whereAmI().then((r) => (r.ok ? r.at : undefined));
    if (!point) return;
    const res = await locateBuilding(buildingId, point);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    await load();
  };

  if (error) return <Text className="muted">{error}</Text>;
  if (!report) return <Text className="muted">正在计算…</Text>;
  const rows = [...report.buildings].sort((a, b) => Number(a.inCircle) - Number(b.inCircle));
  const outside = rows.filter((b) => !b.inCircle).length;
  return (
    <View className="card circle-card">
      <Text className="title">
        {outside === 0
          ? `每栋楼 ${CIRCLE_MINUTES} 分钟内都有服务阵地`
          : `${outside} 栋楼 ${CIRCLE_MINUTES} 分钟内没有服务阵地`}
      </Text>
      <Text className="muted">
        按每分钟步行 {report.walkMetersPerMinute} 米计，{CIRCLE_MINUTES} 分钟约走到直线 {report.radiusMeters} 米内
      </Text>
      <View className="chip-row">
        {SPEEDS.map((s) => (
          <Text
            key={s.value}
            className={report.walkMetersPerMinute === s.value ? 'chip chip--on' : 'chip'}
            onClick={() => void load(s.value)}
          >
            {s.label} {s.value} 米/分
          </Text>
        ))}
      </View>
      <CircleMap report={report} />
      {rows.map((b) => (
        <View key={b.buildingId} className={`circle-row ${b.inCircle ? '' : 'circle-row--out'}`}>
          <View className="circle-row__text">
            <Text className="circle-row__name">
              {b.gridName} · {b.name}
            </Text>
            <Text className="muted">
              {!b.located
                ? '还没有标注位置'
                : b.nearest
                  ? `最近：${b.nearest.name}，步行约 ${b.nearest.walkMinutes} 分钟`
                  : '附近还没有服务阵地'}
            </Text>
          </View>
          {!b.located && (
            <Button className="circle-locate" size="small" onClick={() => void locate(b.buildingId)}>
              标注位置
            </Button>
          )}
        </View>
      ))}
    </View>
  );
}
