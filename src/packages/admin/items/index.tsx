/**
 * 爱心超市商品 (admins): the shelf as residents see it, each item with 编辑, and 上架新商品. Stock is
 * what can still be redeemed (units held by pending redemptions are already out of it).
 */
import { useCallback, useState } from 'react';
import { View, Text, Image } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import Taro from '@tarojs/taro';
import type { ItemView } from '../../../../types/points';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { costText, itemFacts } from '@/features/points/labels';
import { listItems } from '@/services/points';
import { photoSrc } from '@/services/storage';
import { PagedListView } from '@/components/PagedListView';
import { ItemSheet } from './ItemSheet';
import '../../../components/points/points.scss';

export default function ItemsAdminPage() {
  const text = useTextSize();
  const items = usePagedList(useCallback((cursor?: string) => listItems(cursor), []));
  // null: closed; 'new': adding; an item: editing it.
  const [editing, setEditing] = useState<ItemView | 'new' | null>(null);

  const saved = (item: ItemView, added: boolean) => {
    items.put(item, added ? 'first' : 'keep');
    void Taro.showToast({ title: added ? '已上架' : '已保存', icon: 'success' });
  };

  return (
    <View className={text.className}>
      <Button className="full-button item-add" type="primary" size="large" block onClick={() => setEditing('new')}>
        上架新商品
      </Button>
      <Text className="section-title">货架上的商品</Text>
      <PagedListView
        list={items}
        empty="还没有商品。点上面的按钮上架第一件。"
        render={(item) => (
          <View className="card item-card" data-item-id={item._id}>
            {item.image && <Image className="item-card__image" src={photoSrc(item.image)} mode="aspectFill" />}
            <View className="item-card__body">
              <Text className="item-card__name">{item.name}</Text>
              <Text className="item-card__cost">{costText(item.cost)}</Text>
              <Text className="item-card__facts">{itemFacts(item).join(' · ')}</Text>
              <Button className="item-edit" size="large" block onClick={() => setEditing(item)}>
                编辑
              </Button>
            </View>
          </View>
        )}
      />
      {editing && (
        <ItemSheet
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(item) => saved(item, editing === 'new')}
        />
      )}
    </View>
  );
}
