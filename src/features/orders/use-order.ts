/**
 * One order for its page: fetched with its timeline, refetched after an action (an action's answer
 * carries no timeline), and kept current when it changes elsewhere.
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
  /** An action's answer: the new status at once, the old timeline until the refetch lands. */
  | { type: 'moved'; order: OrderView };

function reduce(s: OrderState, e: OrderEvent): OrderState {
  switch (e.type) {
    case 'loading':
      return { ...s, loading: true, error: undefined };
    case 'loaded':
      return { order: e.order, loading: false };
    case 'failed':
      return { ...s, loading: false, error: e.error };
    case 'moved':
      return { ...s, order: { ...e.order, timeline: s.order?.timeline } };
  }
}

export function useOrder(orderId: string) {
  const [state, dispatch] = useReducer(reduce, { loading: true });

  const reload = useCallback(async () => {
    dispatch({ type: 'loading' });
    const res = await getOrder(orderId);
    dispatch(res.ok ? { type: 'loaded', order: res.data.order } : { type: 'failed', error: res.error });
  }, [orderId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // The order moved (an action here, or on another page such as the 办结 form): fetch it again
  // for the new timeline. `state` here is still the one from before the move.
  useOrderChanges((changed) => {
    if (changed._id === orderId && changed.status !== state.order?.status) void reload();
  });

  /** After an action here: show the new status at once and tell the lists (the listener above refetches). */
  const applied = useCallback((order: OrderView) => {
    dispatch({ type: 'moved', order });
    announceOrder(order);
  }, []);

  return { ...state, reload, applied };
}
