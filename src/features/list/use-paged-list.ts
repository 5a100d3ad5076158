/**
 * A page's paged list (./paging.ts): the first page on mount and whenever `loadPage` changes (a
 * filter, a member), pull-down refresh (page config `enablePullDownRefresh`), the next page on
 * reaching the bottom or on 加载更多, and records changed by an action shown without a re-fetch.
 */
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Envelope, Page } from '../../../types/envelope';
import { cursorForMore, initialPaged, pagedReducer, type PagedEvent, type PagedState, type Placement } from './paging';

export interface PagedList<T> {
  state: PagedState<T>;
  refresh(): Promise<void>;
  loadMore(): void;
  /** A record changed (an action's answer): show the new version; where a new one goes is `place`. */
  put(item: T, place?: Placement<T>): void;
  /** A changed record that no longer belongs to this list, or one that does (`belongs`). */
  change(item: T, belongs: boolean, place: Placement<T>): void;
  remove(id: string): void;
}

/**
 * `loadPage` must be stable (useCallback) for as long as the list it fetches is the same. A list in a
 * sheet over another page (`ownsPage: false`) leaves pull-down and reaching the bottom to that page.
 */
export function usePagedList<T extends { _id: string }>(
  loadPage: (cursor?: string) => Promise<Envelope<Page<T>>>,
  enabled = true,
  ownsPage = true,
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
  usePullDownRefresh(() => {
    if (ownsPage) void refresh();
  });

  const more = cursorForMore(state);
  const loadMore = useCallback(() => {
    if (more) void fetchPage('more', more);
  }, [fetchPage, more]);
  useReachBottom(() => {
    if (ownsPage) loadMore();
  });

  const change = useCallback(
    (item: T, belongs: boolean, place: Placement<T>) => dispatch({ type: 'changed', item, belongs, place }),
    [],
  );
  const put = useCallback((item: T, place: Placement<T> = 'keep') => change(item, true, place), [change]);
  const remove = useCallback((id: string) => dispatch({ type: 'remove', id }), []);
  return { state, refresh, loadMore, put, change, remove };
}
