/**
 * 阵地管理 (community admins): the community's 服务阵地 as residents see them, each with 编辑 and 删除,
 * 登记服务阵地 to add one, and the 15分钟服务圈 report below (which buildings have none in reach).
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PlaceView } from '../../../../types/places';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { usePagedList } from '@/features/list/use-paged-list';
import { listPlaces, removePlace } from '@/services/places';
import { PagedListView } from '@/components/PagedListView';
import { PlaceCard } from '@/components/places/PlaceCard';
import { BOOKING_PAGES } from '@/features/places/days';
import { PlaceSheet } from './PlaceSheet';
import { CircleSection } from './CircleSection';
import '@/components/forms.scss';
import './index.scss';

export default function PlacesAdminPage() {
  const text = useTextSize();
  const places = usePagedList(useCallback((cursor?: string) => listPlaces({}, cursor), []));
  const [editing, setEditing] = useState<PlaceView | 'new' | null>(null);
  // The circle report is recomputed after any change to the places.
  const [changes, setChanges] = useState(0);
  const changed = () => {
    setChanges((n) => n + 1);
    void places.refresh();
  };

  const remove = async (p: PlaceView) => {
    const sure = await Taro.showModal({ title: `删除「${p.name}」？`, content: '居民将不再看到这个服务阵地。' });
    if (!sure.confirm) return;
    const res = await removePlace(p._id);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    places.remove(p._id);
    setChanges((n) => n + 1);
  };

  return (
    <View className={`page ${text.className}`}>
      <Button className="full-button place-add" type="primary" size="large" block onClick={() => setEditing('new')}>
        登记服务阵地
      </Button>
      <Text className="section-title">15分钟便民服务圈</Text>
      <CircleSection refreshKey={changes} />
      <Text className="section-title">已登记的服务阵地</Text>
      <PagedListView
        list={places}
        empty="还没有服务阵地。点上面的按钮登记第一个。"
        render={(p) => (
          <PlaceCard
            place={p}
            actions={
              <View className="place-admin-buttons">
                <Button className="place-edit" size="large" onClick={() => setEditing(p)}>
                  编辑
                </Button>
                <Button className="place-remove" size="large" onClick={() => void remove(p)}>
                  删除
                </Button>
                <Button
                  className="place-rooms"
                  size="large"
                  onClick={() => void Taro.navigateTo({ url: BOOKING_PAGES.rooms(p._id) })}
                >
                  房间与预约
                </Button>
              </View>
            }
          />
        )}
      />
      {editing && (
        <PlaceSheet
          place={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={changed}
        />
      )}
    </View>
  );
}
