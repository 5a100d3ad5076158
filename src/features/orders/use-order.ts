/**
 * One order for its page: fetched once with its timeline, then kept current from the answers of
 * actions (every order action answers the order with its timeline, so nothing is fetched again),
 * whether the action was taken here or on another page (the 办结 form).
 */
import { useCallback, useEffect, useReducer } from 'react';
import type { AppError } from '../../../types/envelope';
import type { OrderView } from '../../../types/orders';
import { getOrder } from '@/services/orders';
import { announceOrder, useOrderChanges } from './events';

export interface OrderState {
  order?: OrderView;
  error?: AppError;
  loading: boolean;
}

type OrderEvent =
  | { type: 'loading' }
  | { type: 'loaded'; order: OrderView }
  | { type: 'failed'; error: AppError }
  /** An action's answer. One without a timeline (a list's copy) keeps the timeline shown. */
  | { type: 'moved'; order: OrderView };

export function reduceOrder(s: OrderState, e: OrderEvent): OrderState {
  switch (e.type) {
    case 'loading':
      return { ...s, loading: true, error: undefined };
    case 'loaded':
      return { order: e.order, loading: false };
    case 'failed':
      return { ...s, loading: false, error: e.error };
    case 'moved':
      return { ...s, order: { ...e.order, timeline: e.order.timeline ?? s.order?.timeline } };
  }
}

export function useOrder(orderId: string) {
  const [state, dispatch] = useReducer(reduceOrder, { loading: true });

  const reload = useCallback(async () => {
    dispatch({ type: 'loading' });
    const res = await getOrder(orderId);
    dispatch(res.ok ? { type: 'loaded', order: res.data.order } : { type: 'failed', error: res.error });
  }, [orderId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // The order moved on another page (the 办结 form): its answer is the whole order, timeline included.
  useOrderChanges((changed) => {
    if (changed._id === orderId) dispatch({ type: 'moved', order: changed });
  });

  /** After an action here: show its answer and tell the lists. */
  const applied = useCallback((order: OrderView) => announceOrder(order), []);

  return { ...state, reload, applied };
}
