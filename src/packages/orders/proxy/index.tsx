/**
 * 代办 (楼栋长, 网格员): file an order for a neighbour who cannot do it themself. Pick the building
 * (only those one may file for), then the household from its list of registered residents, then say
 * what is needed. The order is the resident's: it appears in their 我的诉求 with 代办人, and in this
 * person's 我代办的. One cloud call on opening: the household list.
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ProxyHousehold } from '../../../../types/orders';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { viewerOf } from '@/features/viewer';
import { proxyBuildings, type ProxyBuilding } from '@/features/orders/proxy';
import { ORDER_PAGES } from '@/features/orders/routes';
import { usePagedList } from '@/features/list/use-paged-list';
import { listHouseholds } from '@/services/orders';
import { EmptyView, ErrorView, LoadingView } from '@/components/StatusView';
import { PagedListView } from '@/components/PagedListView';
import { OrderForm, type ProxyTarget } from '../new/OrderForm';
import '@/components/forms.scss';
import './index.scss';

type Row = ProxyHousehold & { _id: string };

export default function ProxyOrderPage() {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const [chosen, setChosen] = useState<ProxyTarget | null>(null);
  if (!me.data || !tree.data) {
    const failure = me.status === 'error' ? me.error : tree.status === 'error' ? tree.error : undefined;
    return (
      <View className={text.className}>
        {failure ? <ErrorView error={failure} onRetry={() => void session.load(true)} /> : <LoadingView />}
      </View>
    );
  }
  const buildings = proxyBuildings(viewerOf(me.data), tree.data);
  return (
    <View className={text.className}>
      {chosen ? (
        <>
          <Button className="full-button proxy-back" size="large" block onClick={() => setChosen(null)}>
            ‹ 换一户
          </Button>
          <OrderForm key={chosen.household.userId} user={me.data.user} elder={text.elder} proxy={chosen} />
        </>
      ) : (
        <Households buildings={buildings} onPick={setChosen} />
      )}
    </View>
  );
}

function Households(props: { buildings: ProxyBuilding[]; onPick(target: ProxyTarget): void }) {
  const { buildings } = props;
  const [buildingId, setBuildingId] = useState(buildings[0]?._id ?? '');
  const loadPage = useCallback(
    async (cursor?: string) => {
      const res = await listHouseholds(buildingId, cursor);
      // the pager keys rows by _id; a household is one person, keyed by their user id
      return res.ok
        ? { ...res, data: { ...res.data, items: res.data.items.map((h) => ({ ...h, _id: h.userId })) } }
        : res;
    },
    [buildingId],
  );
  const list = usePagedList<Row>(loadPage, !!buildingId);
  const building = buildings.find((b) => b._id === buildingId);

  if (!buildings.length) return <EmptyView text="您没有负责的楼栋或网格，不能代办。" />;
  return (
    <>
      <Button
        className="full-button proxy-mine"
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.proxied })}
      >
        我代办的诉求 ›
      </Button>
      {buildings.length > 1 && (
        <View className="chip-row" role="tablist">
          {buildings.map((b) => (
            <View
              key={b._id}
              className={b._id === buildingId ? 'chip chip--on' : 'chip'}
              role="tab"
              aria-selected={b._id === buildingId}
              onClick={() => setBuildingId(b._id)}
            >
              {b.name}
            </View>
          ))}
        </View>
      )}
      <Text className="list-hint">请选择替哪一户代办（{building?.name ?? ''}已登记的住户）：</Text>
      <PagedListView
        list={list}
        empty="这栋楼还没有已登记的住户。"
        render={(h) => (
          <View
            className="card proxy-household tap"
            onClick={() => props.onPick({ household: h, buildingName: building?.name ?? '' })}
          >
            <Text className="proxy-household__name">{h.name}</Text>
            <Text className="proxy-household__room">{h.room}室</Text>
            <Text className="muted">代办 ›</Text>
          </View>
        )}
      />
    </>
  );
}
