/**
 * The page frame of one's own order lists — 我的诉求, 我代办的, 我的任务: one view of `orders.list`,
 * paged, each order a card, and when there is none a word and one button to where such orders come
 * from. `belongs` says whether an order the page learns of (a new or moved one) is still in it.
 */
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ListView, OrderView } from '../../../types/orders';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { useOrderList } from '@/features/orders/use-order-list';
import { EmptyView } from '@/components/StatusView';
import { OrderCard } from './OrderCard';
import { PagedListView } from '@/components/PagedListView';

export interface MyOrderListProps {
  view: ListView;
  /** `userId` is '' until the session has loaded. */
  belongs(userId: string, order: OrderView): boolean;
  emptyText: string;
  /** The empty page's button; `redirect` replaces this page instead of stacking on it. */
  next: { label: string; url: string; redirect?: boolean };
  /** The card of one order; a plain OrderCard by default. */
  card?(order: OrderView, names: Map<string, string>): ReactNode;
}

export function MyOrderList(props: MyOrderListProps) {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const userId = me.data?.user._id ?? '';
  const list = useOrderList(props.view, { belongs: (o) => props.belongs(userId, o) });
  const names = nameIndex(tree.data);
  const go = () => {
    const { url, redirect } = props.next;
    void (redirect ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
  };

  return (
    <View className={text.className}>
      <PagedListView
        list={list}
        empty={
          <EmptyView text={props.emptyText}>
            <Button className="full-button" type="primary" size="large" onClick={go}>
              {props.next.label}
            </Button>
          </EmptyView>
        }
        render={(o) => (props.card ? props.card(o, names) : <OrderCard order={o} names={names} />)}
      />
    </View>
  );
}
