/**
 * The home screen (工作台) from ONE call, `user.home`, read again each time the home shows again
 * (an order's points, a redemption or an opened notice may have moved what it shows). Its login
 * part becomes the shared session and its org tree the shared tree, so the pages opened from the home
 * need no `user.login` or `org.tree` of their own.
 */
import { useCallback, useReducer, useRef } from 'react';
import type { AppError, Envelope } from '../../types/envelope';
import type { HomeResult } from '../../types/user';
import { loadHome } from '@/services/user';
import { orgTree, session } from './session';
import { useReadOnShow } from './read-on-show';

interface HomeState {
  data?: HomeResult;
  error?: AppError;
}

export interface HomeScreen extends HomeState {
  reload(): Promise<void>;
}

function reduce(s: HomeState, res: Envelope<HomeResult>): HomeState {
  // A failed re-read keeps what was shown, with the error beside it.
  return res.ok ? { data: res.data } : { ...s, error: res.error };
}

export function useHomeScreen(enabled: boolean): HomeScreen {
  const [state, dispatch] = useReducer(reduce, {});
  const seq = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    const res = await loadHome();
    if (mine !== seq.current) return; // a newer read is on its way
    if (res.ok) {
      session.set({
        user: res.data.user,
        addressStatus: res.data.addressStatus,
        roles: res.data.roles,
        community: res.data.community,
      });
      orgTree.set(res.data.org);
    }
    dispatch(res);
  }, []);

  useReadOnShow(reload, enabled);
  return { ...state, reload };
}

/** "3", "20+" (the whole first page unread, more behind it), or '' when nothing is unread. */
export function unreadText(unread: HomeResult['unreadNotices']): string {
  if (unread.count === 0) return '';
  return unread.more ? `${unread.count}+` : String(unread.count);
}
