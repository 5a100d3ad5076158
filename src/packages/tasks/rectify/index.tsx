/**
 * 整改 (网格员 for their grids, 社区管理员 for the community): orders the resident rated 1–2 stars,
 * waiting for a reply saying what was put right (差评件件有回复、件件有整改). A tap opens the order,
 * where the reply is written; once answered it leaves this queue.
 */
import { View, Text } from '@tarojs/components';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { useOrderList } from '@/features/orders/use-order-list';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';
import { RemindRow } from '@/components/RemindRow';

export default function RectifyQueuePage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const list = useOrderList('rectify', { status: 'rectifying', belongs: (o) => o.status === 'rectifying' });
  const names = nameIndex(tree.data);
  return (
    <View className={text.className}>
      <RemindRow title="整改提醒" kinds={['order_rectify']} />
      <Text className="list-hint">居民不满意的诉求：请核实、整改，并写下整改回复。</Text>
      <PagedListView
        list={list}
        empty="没有待整改的诉求。"
        render={(o) => (
          <OrderCard
            order={o}
            names={names}
            extra={
              o.rating ? (
                <Text className="order-card__meta">
                  评价：{o.rating.score} 星{o.rating.comment ? `，${o.rating.comment}` : ''}
                </Text>
              ) : undefined
            }
          />
        )}
      />
    </View>
  );
}
