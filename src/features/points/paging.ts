/**
 * A list fetched 20 at a time (keyset cursor), for any record with an `_id`: the ledger, the shelf,
 * redemptions. Each fetch carries the sequence number it was started with; an answer that arrives
 * after a newer fetch began (a filter changed, a refresh) is dropped, so a slow old page never
 * overwrites a new one. Records changed here (a cancel, an edit) replace their copy in place. Pure.
 */
import type { AppError, Page } from '../../../types/envelope';

/** loading: first page, nothing shown yet; refreshing: pull-down; more: next page. */
export type PagePhase = 'loading' | 'refreshing' | 'more' | 'idle';

export interface PagedState<T> {
  items: T[];
  nextCursor?: string;
  phase: PagePhase;
  error?: AppError;
  /** Whether a first page ever arrived (an empty list is then really empty). */
  loaded: boolean;
  seq: number;
}

export type PagedEvent<T> =
  | { type: 'start'; mode: 'reset' | 'refresh' | 'more' }
  | { type: 'page'; seq: number; page: Page<T> }
  | { type: 'fail'; seq: number; error: AppError }
  /** A record changed here: replace it where shown, or put it first (`prepend`) if new. */
  | { type: 'put'; item: T; prepend?: boolean };

export function initialPaged<T>(): PagedState<T> {
  return { items: [], phase: 'loading', loaded: false, seq: 0 };
}

export function pagedReducer<T extends { _id: string }>(state: PagedState<T>, event: PagedEvent<T>): PagedState<T> {
  switch (event.type) {
    case 'start': {
      const seq = state.seq + 1;
      if (event.mode === 'reset') return { ...initialPaged<T>(), seq };
      return { ...state, phase: event.mode === 'refresh' ? 'refreshing' : 'more', error: undefined, seq };
    }
    case 'page': {
      if (event.seq !== state.seq) return state;
      const appending = state.phase === 'more';
      const seen = new Set(appending ? state.items.map((i) => i._id) : []);
      const fresh = event.page.items.filter((i) => !seen.has(i._id));
      return {
        items: appending ? [...state.items, ...fresh] : fresh,
        nextCursor: event.page.nextCursor,
        phase: 'idle',
        loaded: true,
        seq: state.seq,
      };
    }
    case 'fail':
      if (event.seq !== state.seq) return state;
      return { ...state, phase: 'idle', error: event.error };
    case 'put': {
      const at = state.items.findIndex((i) => i._id === event.item._id);
      if (at >= 0) return { ...state, items: state.items.map((i, k) => (k === at ? event.item : i)) };
      return event.prepend ? { ...state, items: [event.item, ...state.items] } : state;
    }
  }
}

/** The cursor to ask with next; undefined when there is nothing more, or a fetch is running. */
export function cursorForMore<T>(state: PagedState<T>): string | undefined {
  return state.phase === 'idle' ? state.nextCursor : undefined;
}
