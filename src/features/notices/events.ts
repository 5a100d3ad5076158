/**
 * "This notice changed" (opened, signed up, withdrawn): the lists hear it and update in place, so
 * going back from a notice never shows a stale dot or count and nothing reloads.
 */
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import type { NoticeView } from '../../../types/notices';

const NOTICE_CHANGED = 'llt.notice-changed';

export function announceNotice(notice: NoticeView): void {
  Taro.eventCenter.trigger(NOTICE_CHANGED, notice);
}

/** Calls `onChange` with every changed notice while the component is mounted. */
export function useNoticeChanges(onChange: (notice: NoticeView) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const listener = (notice: NoticeView) => latest.current(notice);
    Taro.eventCenter.on(NOTICE_CHANGED, listener);
    return () => {
      Taro.eventCenter.off(NOTICE_CHANGED, listener);
    };
  }, []);
}
