/**
 * "This order changed": pages that hold an order (lists, the detail page) hear it and update in
 * place, so going back after 办结 or 评价 never shows a stale status and nothing reloads.
 */
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import type { OrderView } from '../../../types/orders';

const ORDER_CHANGED = 'llt.order-changed';

export function announceOrder(order: OrderView): void {
  Taro.eventCenter.trigger(ORDER_CHANGED, order);
}

/** Calls `onChange` with every changed order while the component is mounted. */
export function useOrderChanges(onChange: (order: OrderView) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const listener = (order: OrderView) => latest.current(order);
    Taro.eventCenter.on(ORDER_CHANGED, listener);
    return () => {
      Taro.eventCenter.off(ORDER_CHANGED, listener);
    };
  }, []);
}
