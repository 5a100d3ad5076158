/**
 * 长辈模式 switch (stored in Taro storage) and the WeChat font setting, as one hook for pages.
 * Pages re-read on show, so flipping the switch in 我的 changes 工作台 when the person goes back.
 */
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { pageClass, textTier, type TextTier } from './text-size';

const KEY = 'llt.elder-mode';
/** Set once the person has answered the first-use offer (or flipped the switch themselves). */
const OFFER_KEY = 'llt.elder-mode-offered';

export function readElderMode(): boolean {
  try {
    return Taro.getStorageSync(KEY) === true;
  } catch {
    return false;
  }
}

export function writeElderMode(on: boolean): void {
  Taro.setStorageSync(KEY, on);
  markElderOffered();
  Taro.eventCenter.trigger(KEY, on);
}

/**
 * 长辈模式 is offered on the home the first time, so nobody has to find it in 我的 with small
 * text; once answered (or switched in 我的), it is not asked again.
 */
export function elderOfferPending(): boolean {
  try {
    return Taro.getStorageSync(OFFER_KEY) !== true && !readElderMode();
  } catch {
    return false;
  }
}

export function markElderOffered(): void {
  Taro.setStorageSync(OFFER_KEY, true);
}

/** The person's WeChat font size in px, or undefined where the platform does not say (H5). */
export function wechatFontSize(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined;
  try {
    // WeChat answers fontSizeSetting here; Taro's type for this API omits it.
    const info = Taro.getAppBaseInfo?.() as { fontSizeSetting?: number } | undefined;
    return info?.fontSizeSetting;
  } catch {
    return undefined;
  }
}

export interface TextSize {
  elder: boolean;
  tier: TextTier;
  /** Class for the page root: sets font sizes, tap heights and NutUI variables. */
  className: string;
  setElder(on: boolean): void;
}

export function useTextSize(): TextSize {
  const [elder, setElderState] = useState(readElderMode);
  useDidShow(() => setElderState(readElderMode()));
  useEffect(() => {
    const onChange = (on: boolean) => setElderState(on);
    Taro.eventCenter.on(KEY, onChange);
    return () => {
      Taro.eventCenter.off(KEY, onChange);
    };
  }, []);
  const setElder = useCallback((on: boolean) => writeElderMode(on), []);
  const tier = textTier({ elder, fontSizeSetting: wechatFontSize() });
  return { elder, tier, className: pageClass(tier, elder), setElder };
}
