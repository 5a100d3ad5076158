/**
 * 抢单大厅: dispatched orders of my grids that I may take (phone and room masked until I do).
 * 抢单 is one conditional update on the server: of everyone tapping at once exactly one wins; the
 * others are told "来晚了，这单已被其他人接走" and the card goes away; an order the resident cancelled says
 * so instead (told apart by the refusal's `reason`). A won card stays, with 去办理.
 * 新单提醒 (and each 抢单 tap) asks WeChat for the next new-order and 派给您 messages.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { refusalText } from '@/features/errors';
import { announceOrder } from '@/features/orders/events';
import { GRAB_REFUSALS, leftThePool } from '@/features/orders/grab';
import { useOrderList } from '@/features/orders/use-order-list';
import { orderDetailUrl } from '@/features/orders/routes';
import { grabOrder } from '@/services/orders';
import { askAlongTheWay } from '@/features/notices/subscribe';
import { consentForTile, GRAB_CONSENT } from '@/features/notices/work-consent';
import { RemindRow } from '@/components/RemindRow';
import type { OrderView } from '../../../../types/orders';
import { OrderCard } from '@/components/orders/OrderCard';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';

export default function GrabHallPage() {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const userId = me.data?.user._id;
  const [grabbing, setGrabbing] = useState('');
  // What I may grab, and what I just won (kept on screen with 去办理 rather than vanishing).
  const mine = (o: OrderView) => !!userId && o.takerId === userId;
  const list = useOrderList('pool', { belongs: (o) => o.status === 'dispatched' || mine(o) });
  const names = nameIndex(tree.data);

  const grab = async (orderId: string) => {
    if (grabbing) return;
    // The tap that takes this one is the moment to ask to hear of the next (WeChat needs a tap).
    void askAlongTheWay(GRAB_CONSENT);
    setGrabbing(orderId);
    const res = await grabOrder(orderId);
    setGrabbing('');
    if (!res.ok) {
      void Taro.showToast({ title: refusalText(res.error, GRAB_REFUSALS), icon: 'none', duration: 2500 });
      if (leftThePool(res.error)) list.remove(orderId);
      return;
    }
    announceOrder(res.data.order);
    void Taro.showToast({ title: '抢单成功', icon: 'success' });
  };

  return (
    <View className={text.className}>
      <RemindRow
        title="新单提醒"
        kinds={consentForTile(
          'grab-hall',
          (me.data?.roles ?? []).map((r) => r.role),
        )}
      />
      <Text className="list-hint">先抢到的人负责上门办理，抢到后可看到联系电话。</Text>
      <PagedListView
        list={list}
        empty="暂时没有待抢的单子，下拉可以刷新。"
        render={(o) => (
          <OrderCard order={o} names={names} showDeadline>
            {mine(o) ? (
              <Button
                className="pool-go"
                type="primary"
                size="large"
                fill="outline"
                onClick={() => void Taro.navigateTo({ url: orderDetailUrl(o._id) })}
              >
                已抢到 · 去办理
              </Button>
            ) : (
              <Button
                className="pool-grab"
                type="primary"
                size="large"
                loading={grabbing === o._id}
                disabled={!!grabbing}
                onClick={() => void grab(o._id)}
              >
                抢单
              </Button>
            )}
          </OrderCard>
        )}
      />
    </View>
  );
}
