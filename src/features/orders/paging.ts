/**
 * A list of orders fetched 20 at a time (keyset cursor), as a reducer. Each fetch carries the
 * sequence number it was started with; an answer that arrives after a newer fetch began (a filter
 * changed, a refresh) is dropped, so a slow old page never overwrites a new one. Pure.
 */
import type { AppError, Page } from '../../../types/envelope';
import type { OrderView } from '../../../types/orders';

/** loading: first page, nothing shown yet; refreshing: pull-down; more: next page. */
export type ListPhase = 'loading' | 'refreshing' | 'more' | 'idle';

export interface ListState {
  items: OrderView[];
  nextCursor?: string;
  phase: ListPhase;
  error?: AppError;
  /** Whether a first page ever arrived (an empty list is then really empty). */
  loaded: boolean;
  seq: number;
}

export type ListEvent =
  | { type: 'start'; mode: 'reset' | 'refresh' | 'more' }
  | { type: 'page'; seq: number; page: Page<OrderView> }
  | { type: 'fail'; seq: number; error: AppError }
  /** An order changed elsewhere (its page, another list): `belongs` says if this list still shows it. */
  | { type: 'changed'; order: OrderView; belongs: boolean }
  | { type: 'remove'; id: string };

export const initialList: ListState = { items: [], phase: 'loading', loaded: false, seq: 0 };

export function listReducer(state: ListState, event: ListEvent): ListState {
  switch (event.type) {
    case 'start': {
      const seq = state.seq + 1;
      if (event.mode === 'reset') return { ...initialList, seq };
      if (event.mode === 'refresh') return { ...state, phase: 'refreshing', error: undefined, seq };
      return { ...state, phase: 'more', error: undefined, seq };
    }
    case 'page': {
      if (event.seq !== state.seq) return state;
      const appending = state.phase === 'more';
      const seen = new Set(appending ? state.items.map((o) => o._id) : []);
      const fresh = event.page.items.filter((o) => !seen.has(o._id));
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
    case 'changed':
      return { ...state, items: withChange(state, event.order, event.belongs) };
    case 'remove':
      return { ...state, items: state.items.filter((o) => o._id !== event.id) };
  }
}

/** The cursor to ask with next; undefined when there is nothing more, or a fetch is running. */
export function cursorForMore(state: ListState): string | undefined {
  return state.phase === 'idle' ? state.nextCursor : undefined;
}

/**
 * Replaces, removes or inserts a changed order. A new one goes where newest-first order puts it,
 * but only within the pages already loaded (older ones arrive with the next page anyway).
 */
function withChange(state: ListState, order: OrderView, belongs: boolean): OrderView[] {
  const items = state.items.filter((o) => o._id !== order._id);
  if (!belongs) return items;
  if (items.length < state.items.length) return state.items.map((o) => (o._id === order._id ? order : o));
  const at = items.findIndex((o) => o.createdAt < order.createdAt);
  if (at === -1) return state.nextCursor ? items : [...items, order];
  return [...items.slice(0, at), order, ...items.slice(at)];
}
