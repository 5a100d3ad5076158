/**
 * The mini-program's identity.ts: the identity is WeChat's own, so there is no dev sign-in to
 * remember (Taro builds this file instead of identity.ts for weapp).
 */
export function getDevOpenid(): string | null {
  return null;
}

export function setDevOpenid(_openid: string): void {}

export function clearDevOpenid(): void {}
