/**
 * One order in a list: category and status on top, what is needed, where and when. A tap on the
 * card opens the order; buttons passed as children (抢单, 受理自办…) act without opening it.
 */
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { OrderView } from '../../../types/orders';
import { categoryLabel, deadlineText, placeText, when } from '@/features/orders/labels';
import { orderDetailUrl } from '@/features/orders/routes';
import { OrderStatusTag } from './StatusTag';
import { StatusTag } from '../StatusTag';
import './orders.scss';

export interface OrderCardProps {
  order: OrderView;
  /** id → name from the org tree, for the building. */
  names: ReadonlyMap<string, string>;
  /** A line under the place, e.g. 建议网格：网格一. */
  extra?: ReactNode;
  showDeadline?: boolean;
  children?: ReactNode;
}

export function OrderCard({ order, names, extra, showDeadline, children }: OrderCardProps) {
  const open = () => void Taro.navigateTo({ url: orderDetailUrl(order._id) });
  const deadline = showDeadline ? deadlineText(order) : '';
  return (
    <View className="card order-card" data-order-id={order._id}>
      <View className="order-card__body" onClick={open}>
        <View className="order-card__head">
          <Text className="order-card__category">{categoryLabel(order)}</Text>
          {order.overdueLevel > 0 && <StatusTag tone="alert">已超时</StatusTag>}
          <OrderStatusTag status={order.status} />
        </View>
        <Text className="order-card__content">{order.content}</Text>
        <Text className="order-card__meta">
          {placeText(names.get(order.buildingId) ?? '', order.room)} · {when(order.createdAt)}
        </Text>
        {order.addressUnconfirmed && <Text className="order-card__unconfirmed">地址待认证</Text>}
        {extra}
        {deadline && <Text className="order-card__meta">时限：{deadline}</Text>}
        {order.takerPointsPending ? (
          <Text className="order-card__pending">
            +{order.takerPointsPending} 积分 待确认（居民评价或回访到期后入账）
          </Text>
        ) : null}
      </View>
      {children && <View className="order-card__actions">{children}</View>}
    </View>
  );
}
