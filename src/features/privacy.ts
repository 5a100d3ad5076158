/**
 * Consent before personal data is collected (用户隐私保护指引).
 *
 * weapp: with `__usePrivacyCheck__`, WeChat holds any privacy API until the app answers
 * `onNeedPrivacyAuthorization`; app.ts registers `listenForPrivacyRequests`, which asks the
 * mounted <PrivacyPopup>. Its agree button has open-type agreePrivacyAuthorization, so WeChat
 * records the consent itself.
 * Both platforms: before the profile form first submits a phone, `askConsent()` shows the same
 * popup; the answer is remembered in storage so it is asked once.
 */
import Taro from '@tarojs/taro';

const KEY = 'llt.privacy-consent';
export const PRIVACY_EVENT = 'llt.privacy-ask';
export const AGREE_BUTTON_ID = 'privacy-agree';

export type ConsentAnswer = (agreed: boolean) => void;

export function hasConsented(): boolean {
  try {
    return Taro.getStorageSync(KEY) === true;
  } catch {
    return false;
  }
}

function remember(agreed: boolean): void {
  if (agreed) Taro.setStorageSync(KEY, true);
}

/** Resolves true once the person agrees (at once if they already did), false if they decline. */
export function askConsent(): Promise<boolean> {
  if (hasConsented()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const answer: ConsentAnswer = (agreed) => {
      remember(agreed);
      resolve(agreed);
    };
    Taro.eventCenter.trigger(PRIVACY_EVENT, answer);
  });
}

type WeappResolve = (r: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

/** weapp only: forward WeChat's consent requests to the popup. Call once, from app.ts. */
export function listenForPrivacyRequests(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve: WeappResolve) => {
    const answer: ConsentAnswer = (agreed) => {
      remember(agreed);
      resolve(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
    };
    Taro.eventCenter.trigger(PRIVACY_EVENT, answer);
  });
}
