/**
 * The H5 dev sign-in: which demo person the browser is acting as. Only the H5 build uses it — it
 * becomes the `x-openid` header the local cloud turns into the function's OPENID. On weapp the
 * identity is WeChat's own and nothing here is read.
 */
import Taro from '@tarojs/taro';

const KEY = 'llt.dev-openid';

export function getDevOpenid(): string | null {
  try {
    const v: unknown = Taro.getStorageSync(KEY);
    return typeof v === 'string' && v ? v : null;
  } catch {
    return null;
  }
}

export function setDevOpenid(openid: string): void {
  Taro.setStorageSync(KEY, openid);
}

export function clearDevOpenid(): void {
  Taro.removeStorageSync(KEY);
}
