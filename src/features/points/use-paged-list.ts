/**
 * A page's paged list (src/features/points/paging.ts): the first page on mount and whenever `loadPage`
 * changes (a filter, a member), pull-down refresh (page config `enablePullDownRefresh`), the next
 * page on reaching the bottom or on 加载更多.
 */
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Envelope, Page } from '../../../types/envelope';
import { cursorForMore, initialPaged, pagedReducer, type PagedEvent, type PagedState } from './paging';

export interface PagedList<T> {
  state: PagedState<T>;
  refresh(): Promise<void>;
  loadMore(): void;
  /** A record changed here (canceled, edited, added): show the new version. */
  put(item: T, prepend?: boolean): void;
}

/** `loadPage` must be stable (useCallback) for as long as the list it fetches is the same. */
export function usePagedList<T extends { _id: string }>(
  loadPage: (cursor?: string) => Promise<Envelope<Page<T>>>,
  enabled = true,
): PagedList<T> {
  const [state, dispatch] = useReducer(
    pagedReducer as (s: PagedState<T>, e: PagedEvent<T>) => PagedState<T>,
    undefined,
    initialPaged<T>,
  );
  // The reducer's seq is what answers are matched against; mirror it for the async fetches.
  const seq = useRef(0);

  const fetchPage = useCallback(
    async (mode: 'reset' | 'refresh' | 'more', cursor?: string) => {
      dispatch({ type: 'start', mode });
      const mine = ++seq.current;
      const res = await loadPage(cursor);
      if (res.ok) dispatch({ type: 'page', seq: mine, page: res.data });
      else dispatch({ type: 'fail', seq: mine, error: res.error });
    },
    [loadPage],
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

  const put = useCallback((item: T, prepend?: boolean) => dispatch({ type: 'put', item, prepend }), []);
  return { state, refresh, loadMore, put };
}
