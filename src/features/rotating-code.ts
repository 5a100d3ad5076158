/**
 * A code that changes on the server's clock — 议事 签到 and 活动 签到/签退 every minute, a 商家's
 * 服务码 every 10 minutes: fetched, shown, and fetched again just after it is due (`refreshAt`), so
 * the screen at the door never shows a code the function would refuse. A failure shows its message
 * and tries again after `retryMs`: a dropped connection at a meeting or a counter mends itself.
 */
import { useEffect, useState } from 'react';
import type { Envelope } from '../../types/envelope';
import { errorText } from './errors';

export function useRotatingCode<T extends { refreshAt: string }>(
  fetchCode: () => Promise<Envelope<T>>,
  /** what the code is for (a meeting, an activity, a shop): a new key starts over */
  key: string,
  retryMs = 10_000,
): { shown: T | null; problem: string } {
  const [shown, setShown] = useState<T | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const load = async () => {
      const res = await fetchCode();
      if (!live) return;
      if (!res.ok) {
        setProblem(errorText(res.error));
        timer = setTimeout(() => void load(), retryMs);
        return;
      }
      setProblem('');
      setShown(res.data);
      timer = setTimeout(() => void load(), Math.max(1_000, Date.parse(res.data.refreshAt) - Date.now() + 500));
    };
    void load();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
    // fetchCode is a new closure each render; the key says when it asks for another code.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, retryMs]);
  return { shown, problem };
}
