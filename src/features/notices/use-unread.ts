/**
 * The home's 楼栋通知 count: the first page of `list`, read again each time the home shows again (a
 * notice opened in between is read now). A failure shows nothing rather than an error: it is a hint.
 */
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listNotices } from '@/services/notices';
import { unreadSummary } from './labels';

export function useUnreadNotices(enabled: boolean): string {
  const [count, setCount] = useState('');
  const seq = useRef(0);
  const load = useCallback(async () => {
    const mine = ++seq.current;
    const res = await listNotices();
    if (res.ok && mine === seq.current) setCount(unreadSummary(res.data.items, !!res.data.nextCursor));
  }, []);
  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load]);
  // Back from another page: read again (the first showing is the effect above's), as use-balance does.
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current || !enabled) return;
    hidden.current = false;
    void load();
  });
  return count;
}
