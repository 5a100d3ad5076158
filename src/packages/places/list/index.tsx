/**
 * 服务阵地: the community's 红色驿站, 党群服务中心, 党员服务站, 便民网点 and 商家, nearest first, each with
 * how many minutes' walk it is and whether it is inside the 15分钟便民服务圈; 导航过去 in one tap.
 * Distance is from the person's building; 用我的位置 (their consent, asked by WeChat on the tap)
 * measures from where they stand instead. Filter chips by kind and by what is offered.
 * 列表 / 地图: the map draws the same loaded places (no second call) around the person's own point,
 * with the 15-minute circle; the list's answer carries that point and the circle's radius.
 */
import { useCallback, useState, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  PLACE_TYPES,
  PLACE_TYPE_LABELS,
  type GeoPoint,
  type PlaceService,
  type PlaceType,
  type PlaceView,
  type PlacesPage,
} from '../../../../types/places';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { whereAmI } from '@/features/places/location';
import { BOOKING_PAGES } from '@/features/places/days';
import { offersBooking } from '../../../../domain/bookings/rules';
import { listPlaces } from '@/services/places';
import { PagedListView } from '@/components/PagedListView';
import { PlaceCard } from '@/components/places/PlaceCard';
import { PlacesMapView } from '@/components/places/PlacesMapView';
import '@/components/places/places-map.scss';
import '@/components/forms.scss';

/** The services people most often look for; the rest show on each card. */
const QUICK_SERVICES: PlaceService[] = ['休息饮水', '活动室', '代办服务', '维修', '理发', '医疗'];

/** 预约 where the place has rooms to book; the same button on a list card and on the map's card. */
function bookAction(p: PlaceView): ReactNode {
  if (!offersBooking(p)) return undefined;
  return (
    <Button
      className="place-card__book"
      size="large"
      block
      onClick={() => void Taro.navigateTo({ url: BOOKING_PAGES.book(p._id) })}
    >
      预约活动室 / 会议室
    </Button>
  );
}

type Frame = Pick<PlacesPage, 'origin' | 'radiusMeters' | 'measuredFrom'>;

export default function PlacesPage() {
  const text = useTextSize();
  const [type, setType] = useState<PlaceType | undefined>();
  const [service, setService] = useState<PlaceService | undefined>();
  const [from, setFrom] = useState<GeoPoint | undefined>();
  const [locating, setLocating] = useState(false);
  const [view, setView] = useState<'list' | 'map'>('list');
  // where the map is centred and how wide its circle is: from the list's own first page
  const [frame, setFrame] = useState<Frame>();
  const list = usePagedList(
    useCallback(
      async (cursor?: string) => {
        const res = await listPlaces({ type, service, from }, cursor);
        if (res.ok && !cursor) {
          setFrame({
            origin: res.data.origin,
            radiusMeters: res.data.radiusMeters,
            measuredFrom: res.data.measuredFrom,
          });
        }
        return res;
      },
      [type, service, from],
    ),
  );

  const locateMe = async () => {
    setLocating(true);
    const r = await whereAmI();
    setLocating(false);
    if (r.ok) setFrom(r.at);
    else void Taro.showToast({ title: r.message, icon: 'none', duration: 2500 });
  };

  const measured = list.state.items.some((p) => p.distanceMeters !== undefined);
  return (
    <View className={`page ${text.className}`}>
      <View className="places-where">
        <Text className="places-where__text">
          {from ? '按您现在的位置计算距离' : measured ? '按您所住楼栋计算距离' : '暂不知道您的位置'}
        </Text>
        <Button className="places-locate" size="small" loading={locating} onClick={() => void locateMe()}>
          {from ? '刷新位置' : '用我的位置'}
        </Button>
      </View>
      <View className="places-switch" role="tablist">
        {(['list', 'map'] as const).map((v) => (
          <Text
            key={v}
            className={view === v ? 'places-switch__item places-switch__item--on' : 'places-switch__item'}
            onClick={() => setView(v)}
          >
            {v === 'list' ? '列表' : '地图'}
          </Text>
        ))}
      </View>
      <View className="chip-row" role="tablist">
        <Text className={!type ? 'chip chip--on' : 'chip'} onClick={() => setType(undefined)}>
          全部
        </Text>
        {PLACE_TYPES.map((t) => (
          <Text key={t} className={type === t ? 'chip chip--on' : 'chip'} onClick={() => setType(t)}>
            {PLACE_TYPE_LABELS[t]}
          </Text>
        ))}
      </View>
      <View className="chip-row">
        {QUICK_SERVICES.map((s) => (
          <Text
            key={s}
            className={service === s ? 'chip chip--on' : 'chip'}
            onClick={() => setService(service === s ? undefined : s)}
          >
            {s}
          </Text>
        ))}
      </View>
      {view === 'map' && list.state.loaded ? (
        <PlacesMapView
          places={list.state.items}
          origin={frame?.origin}
          originLabel={frame?.measuredFrom === 'you' ? '您的位置' : '您的楼栋'}
          radiusMeters={frame?.radiusMeters}
          more={!!list.state.nextCursor}
          loadingMore={list.state.phase === 'more'}
          onMore={list.loadMore}
          actions={bookAction}
        />
      ) : (
        <PagedListView
          list={list}
          empty="这里还没有服务阵地。社区登记后会显示在这里。"
          render={(p) => <PlaceCard place={p} actions={bookAction(p)} />}
        />
      )}
    </View>
  );
}
