/**
 * Reads a page's figures when it first shows (if `enabled`) and again each time it shows after
 * another page was on top: something done there (an order's points, a redemption, an opened
 * notice) may have moved them. The first showing is the effect's, so it is never read twice.
 */
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useEffect, useRef } from 'react';

export function useReadOnShow(read: () => Promise<void>, enabled: boolean): void {
  useEffect(() => {
    if (enabled) void read();
  }, [enabled, read]);
  useShownAgain(read, enabled);
}

/** Runs `read` each time the page shows again after another page was on top (not the first time). */
export function useShownAgain(read: () => Promise<void>, enabled = true): void {
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current || !enabled) return;
    hidden.current = false;
    void read();
  });
}
