/**
 * A page's list of orders: first page on mount (and when the status filter changes), pull-down
 * refresh (page config `enablePullDownRefresh`), the next page on reaching the bottom or on the
 * 加载更多 button, and in-place updates when an order changes elsewhere.
 */
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { OrderStatus, OrderView } from '../../../types/orders';
import { listOrders, type ListView } from '@/services/orders';
import { useOrderChanges } from './events';
import { cursorForMore, initialList, listReducer, type ListState } from './paging';

export interface OrderList {
  state: ListState;
  refresh(): Promise<void>;
  loadMore(): void;
  remove(id: string): void;
}

/**
 * `belongs` says whether a changed order belongs in this list (e.g. 派单台 keeps only 待派单); without
 * it a changed order is only updated where it is already shown, never added.
 */
export function useOrderList(
  view: ListView,
  opts: { status?: OrderStatus; belongs?: (o: OrderView) => boolean; enabled?: boolean } = {},
): OrderList {
  const { status, enabled = true } = opts;
  const [state, dispatch] = useReducer(listReducer, initialList);
  // The reducer's seq is what answers are matched against; mirror it for the async fetches.
  const seq = useRef(0);

  const fetchPage = useCallback(
    async (mode: 'reset' | 'refresh' | 'more', cursor?: string) => {
      dispatch({ type: 'start', mode });
      const mine = ++seq.current;
      const res = await listOrders({ view, status, cursor });
      if (res.ok) dispatch({ type: 'page', seq: mine, page: res.data });
      else dispatch({ type: 'fail', seq: mine, error: res.error });
    },
    [view, status],
  );

  useEffect(() => {
    if (enabled) void fetchPage('reset');
  }, [fetchPage, enabled]);

  const refresh = useCallback(async () => {
    await fetchPage('refresh');
    Taro.stopPullDownRefresh();
  }, [fetchPage]);
  usePullDownRefresh(() => void refresh());

  const more = cursorForMore(state);
  const loadMore = useCallback(() => {
    if (more) void fetchPage('more', more);
  }, [fetchPage, more]);
  useReachBottom(loadMore);

  const belongs = opts.belongs;
  useOrderChanges((order) => {
    const shown = state.items.some((o) => o._id === order._id);
    const keep = (!status || order.status === status) && (belongs ? belongs(order) : shown);
    dispatch({ type: 'changed', order, belongs: keep });
  });

  const remove = useCallback((id: string) => dispatch({ type: 'remove', id }), []);
  return { state, refresh, loadMore, remove };
}
