/**
 * One thing fetched for a page (a notice, its read receipts): loading, the answer or the error, a
 * reload for 再试一次 and pull-down, and `set` for an action's answer (报名 returns the new notice).
 * An answer that arrives after a newer reload began is dropped.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { AppError, Envelope } from '../../../types/envelope';

interface Loaded<T> {
  data?: T;
  error?: AppError;
  loading: boolean;
}

type LoadEvent<T> = { type: 'start' } | { type: 'answer'; res: Envelope<T> } | { type: 'set'; data: T };

function reduce<T>(s: Loaded<T>, e: LoadEvent<T>): Loaded<T> {
  if (e.type === 'start') return { ...s, loading: true, error: undefined };
  if (e.type === 'set') return { data: e.data, loading: false };
  // A failed re-read keeps what was shown, with the error beside it.
  return e.res.ok ? { data: e.res.data, loading: false } : { ...s, error: e.res.error, loading: false };
}

/** `load` must be stable (useCallback) for as long as it fetches the same thing. */
export function useLoaded<T>(load: () => Promise<Envelope<T>>) {
  const [state, dispatch] = useReducer(reduce as (s: Loaded<T>, e: LoadEvent<T>) => Loaded<T>, { loading: true });
  const seq = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    dispatch({ type: 'start' });
    const res = await load();
    if (mine === seq.current) dispatch({ type: 'answer', res });
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const set = useCallback((data: T) => dispatch({ type: 'set', data }), []);
  return { ...state, reload, set };
}
