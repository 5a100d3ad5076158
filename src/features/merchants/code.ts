/**
 * Reading a merchant's code as a resident gives it: typed (any case, spaces ignored) or scanned —
 * the QR code holds the confirm page's link (…?id=<place>&code=<code>), so a phone's own camera on
 * H5 opens the same page with the code filled in.
 */
import { MERCHANT_CODE_ALPHABET, MERCHANT_CODE_LENGTH } from '../../../types/merchants';

const CODE = new RegExp(`^[${MERCHANT_CODE_ALPHABET}]{${MERCHANT_CODE_LENGTH}}$`);

export function readMerchantCode(input: string): { code: string; placeId?: string } | { error: string } {
  const text = input.trim();
  const link = /[?&]id=([^&]+)&code=([^&\s]+)/.exec(text);
  const raw = link ? decodeURIComponent(link[2]) : text;
  const code = raw.replace(/\s+/g, '').toUpperCase();
  if (!CODE.test(code)) return { error: '服务码是商家手机上显示的 6 位字母或数字' };
  return link ? { code, placeId: decodeURIComponent(link[1]) } : { code };
}
