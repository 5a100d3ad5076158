/**
 * Redemption codes (兑换码): 8 characters of Crockford's base32, shown in two groups of four so an
 * old eye and a counter clerk read them without losing their place. What a person types is read
 * the way the function reads it (types/points.ts redemptionCodeSchema): any case, spaces and dashes
 * ignored, O as 0, I and L as 1. Pure, and without zod so the client bundle stays small.
 */
import { CODE_LENGTH } from '../../../types/points';

const VALID = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** "7K3M9QXZ" → "7K3M 9QXZ". */
export function formatCode(code: string): string {
  return code.length === CODE_LENGTH ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/** The code as the function will read it. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** The normalized code, or an error in the function's own words when it cannot be one. */
export function checkCode(input: string): { code: string } | { error: string } {
  const code = normalizeCode(input);
  if (!code) return { error: '请输入兑换码' };
  return VALID.test(code) ? { code } : { error: '核销码应为 8 位字母或数字' };
}

/**
 * What a scan of the resident's QR code gave: the code itself (ours encode nothing else). A QR of
 * something else (a web address…) is not a code, and says so rather than being sent.
 */
export const codeFromScan = (scanned: string): { code: string } | { error: string } => {
  const checked = checkCode(scanned.trim());
  return 'code' in checked ? checked : { error: '这不是兑换码，请让居民打开「我的兑换」再扫' };
};
