/**
 * A page's list of orders: the one paged list (features/list) fetching `orders.list` for a view
 * and status, kept current by the orders other pages changed (events.ts): a changed order is
 * replaced where shown, put where newest-first order puts it if it now belongs here, and dropped
 * if it no longer does.
 */
import { useCallback } from 'react';
import type { OrderStatus, OrderView } from '../../../types/orders';
import { listOrders, type ListView } from '@/services/orders';
import { usePagedList, type PagedList } from '../list/use-paged-list';
import { useOrderChanges } from './events';

export type OrderList = PagedList<OrderView>;

const newestFirst = { newestFirst: (o: OrderView) => o.createdAt };

/**
 * `belongs` says whether a changed order belongs in this list (e.g. 派单台 keeps only 待派单); without
 * it a changed order is only updated where it is already shown, never added.
 */
export function useOrderList(
  view: ListView,
  opts: { status?: OrderStatus; belongs?: (o: OrderView) => boolean; enabled?: boolean } = {},
): OrderList {
  const { status, enabled = true, belongs } = opts;
  const loadPage = useCallback((cursor?: string) => listOrders({ view, status, cursor }), [view, status]);
  const list = usePagedList(loadPage, enabled);

  useOrderChanges((order) => {
    const shown = list.state.items.some((o) => o._id === order._id);
    const keep = (!status || order.status === status) && (belongs ? belongs(order) : shown);
    list.change(order, keep, newestFirst);
  });
  return list;
}
