/**
 * One's own 可用积分 / 累计积分, read again each time the page shows: a redemption, a cancel or an
 * order's points may have changed it while the person was on another page. Not a shared store on
 * purpose: the figure is money-like, and a page should never show one older than its last showing.
 */
import { useCallback, useReducer, useRef } from 'react';
import type { AppError, Envelope } from '../../../types/envelope';
import type { AccountView } from '../../../types/points';
import { getBalance } from '@/services/points';
import { useReadOnShow } from '../read-on-show';

interface BalanceState {
  account?: AccountView;
  error?: AppError;
  loading: boolean;
}

export interface Balance extends BalanceState {
  reload(): Promise<void>;
  /** An action's answer carried the figures (points actions do): show them, no read needed. */
  set(account: AccountView): void;
}

type BalanceEvent = { type: 'start' } | { type: 'answer'; res: Envelope<AccountView> };

function reduce(s: BalanceState, e: BalanceEvent): BalanceState {
  if (e.type === 'start') return { ...s, loading: true };
  // A failed re-read keeps the figure last shown, with the error beside it.
  return e.res.ok ? { account: e.res.data, loading: false } : { ...s, error: e.res.error, loading: false };
}

/** `userId`: a member's figures (admins only); one's own when absent. */
export function useBalance(enabled = true, userId?: string): Balance {
  const [state, dispatch] = useReducer(reduce, { loading: enabled });
  const seq = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    dispatch({ type: 'start' });
    const res = await getBalance(userId);
    if (mine === seq.current) dispatch({ type: 'answer', res }); // else a newer read is on its way
  }, [userId]);

  useReadOnShow(reload, enabled);
  const set = useCallback((account: AccountView) => {
    seq.current++; // a read still on its way is older than this answer
    dispatch({ type: 'answer', res: { ok: true, data: account } });
  }, []);
  return { ...state, reload, set };
}

/** Passes a list page through, showing the figures it carries (points lists answer them). */
export async function withFigures<T extends { account: AccountView }>(
  answer: Promise<Envelope<T>>,
  show: (account: AccountView) => void,
): Promise<Envelope<T>> {
  const res = await answer;
  if (res.ok) show(res.data.account);
  return res;
}
