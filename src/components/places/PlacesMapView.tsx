/**
 * 服务阵地's 地图 view: the same places the list has loaded (one call, the list's pages — the note
 * says how many), drawn around the person's own point with the 15-minute circle; a tap on a
 * marker shows that place's card below, with 导航过去 and 预约 as in the list.
 */
import { useState, type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { GeoPoint, PlaceView } from '../../../types/places';
import { PlaceCard } from './PlaceCard';
import { PlacesMap } from './PlacesMap';

export function PlacesMapView(props: {
  places: PlaceView[];
  origin?: GeoPoint;
  originLabel: string;
  radiusMeters?: number;
  more: boolean;
  loadingMore: boolean;
  onMore(): void;
  actions(place: PlaceView): ReactNode;
}) {
  const { places, origin, radiusMeters } = props;
  const [selectedId, setSelectedId] = useState<string>();
  if (!origin || !radiusMeters) {
    return (
      <View className="card place-map-note place-map-note--none">
        <Text>还不知道您的位置，画不出地图。请点上方「用我的位置」，或请社区为您的楼栋标注位置。</Text>
      </View>
    );
  }
  const selected = places.find((p) => p._id === selectedId);
  return (
    <View className="place-map-view">
      <View className="place-map-note">
        <Text className="place-map-note__text">
          {props.more ? `显示最近的 ${places.length} 处` : `共 ${places.length} 处`}，按远近编号，点编号看详情
        </Text>
        {props.more && (
          <Button className="place-map-note__more" size="small" loading={props.loadingMore} onClick={props.onMore}>
            加载更多
          </Button>
        )}
      </View>
      <PlacesMap
        places={places}
        origin={origin}
        originLabel={props.originLabel}
        radiusMeters={radiusMeters}
        selectedId={selectedId}
        onSelect={setSelectedId}
      />
      <View className="place-map-legend">
        <Text className="place-map-legend__item place-map-legend__item--me">{props.originLabel}</Text>
        <Text className="place-map-legend__item place-map-legend__item--near">15分钟内</Text>
        <Text className="place-map-legend__item place-map-legend__item--far">较远</Text>
        <Text className="place-map-legend__item place-map-legend__item--circle">步行15分钟范围</Text>
      </View>
      {selected ? (
        <View className="place-map__card">
          <PlaceCard place={selected} actions={props.actions(selected)} />
        </View>
      ) : (
        <Text className="place-map-note__hint">点地图上或下面的编号，看这处服务阵地的详情和导航</Text>
      )}
      <View className="card place-map-rows">
        {places.map((p, i) => (
          <View
            key={p._id}
            className={p._id === selectedId ? 'place-map-rows__row place-map-rows__row--on' : 'place-map-rows__row'}
            onClick={() => setSelectedId(p._id)}
          >
            <Text className={p.inCircle ? 'place-map-rows__n place-map-rows__n--near' : 'place-map-rows__n'}>
              {i + 1}
            </Text>
            <Text className="place-map-rows__name">{p.name}</Text>
            {p.walkMinutes !== undefined && <Text className="place-map-rows__walk">步行 {p.walkMinutes} 分钟</Text>}
          </View>
        ))}
      </View>
    </View>
  );
}
