/**
 * Every paged list of the app (orders, the ledger, the shelf, redemptions, meetings, notices) as one
 * reducer. Pages come 20 at a time behind a keyset cursor. Each fetch carries the sequence number it
 * was started with; an answer that arrives after a newer fetch began (a filter changed, a refresh) is
 * dropped, so a slow old page never overwrites a new one. Pure.
 *
 * A record changed on this or another page is shown without a re-fetch (`changed`). Lists differ in
 * where a record they do not show yet goes, so that is an explicit `place`:
 *   - 'keep':  only replace it where shown (a cancelled redemption, an edited item);
 *   - 'first': put it first (a new redemption, a new item on the shelf);
 *   - { newestFirst }: where newest-first order puts it, within the pages already loaded (orders:
 *     older ones arrive with the next page anyway).
 * `belongs: false` drops a record that no longer belongs (派单台 after a dispatch).
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

/** Where a changed record this list does not show yet goes (see the file comment). */
export type Placement<T> = 'keep' | 'first' | { newestFirst: (item: T) => string };

export type PagedEvent<T> =
  | { type: 'start'; mode: 'reset' | 'refresh' | 'more' }
  | { type: 'page'; seq: number; page: Page<T> }
  | { type: 'fail'; seq: number; error: AppError }
  | { type: 'changed'; item: T; belongs: boolean; place: Placement<T> }
  | { type: 'remove'; id: string };

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
    case 'changed': {
      const items = withChange(state, event.item, event.belongs, event.place);
      return items === state.items ? state : { ...state, items };
    }
    case 'remove':
      return { ...state, items: state.items.filter((i) => i._id !== event.id) };
  }
}

/** The cursor to ask with next; undefined when there is nothing more, or a fetch is running. */
export function cursorForMore<T>(state: PagedState<T>): string | undefined {
  return state.phase === 'idle' ? state.nextCursor : undefined;
}

function withChange<T extends { _id: string }>(
  state: PagedState<T>,
  item: T,
  belongs: boolean,
  place: Placement<T>,
): T[] {
  const at = state.items.findIndex((i) => i._id === item._id);
  if (!belongs) return at === -1 ? state.items : state.items.filter((i) => i._id !== item._id);
  if (at >= 0) return state.items.map((i, k) => (k === at ? item : i));
  if (place === 'keep') return state.items;
  if (place === 'first') return [item, ...state.items];
  const key = place.newestFirst(item);
  const before = state.items.findIndex((i) => place.newestFirst(i) < key);
  // Older than every loaded record: it belongs at the end only if no further page could precede it.
  if (before === -1) return state.nextCursor ? state.items : [...state.items, item];
  return [...state.items.slice(0, before), item, ...state.items.slice(before)];
}
