/**
 * Redemption codes (兑换码) on the 核销 page: shown in two groups of four so an old eye and a
 * counter clerk read them without losing their place. What a person types or scans is read by the
 * function's own schema (types/points.ts redemptionCodeSchema), so the page and the function never
 * disagree about a code. Pure.
 */
import { CODE_LENGTH, redemptionCodeSchema } from '../../../types/points';

/** "7K3M9QXZ" → "7K3M 9QXZ". */
export function formatCode(code: string): string {
  return code.length === CODE_LENGTH ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/** The code as the function will read it, or the schema's own words when it cannot be one. */
export function checkCode(input: string): { code: string } | { error: string } {
  const read = redemptionCodeSchema.safeParse(input);
  return read.success ? { code: read.data } : { error: read.error.issues[0].message };
}

/**
 * What a scan of the resident's QR code gave: the code itself (ours encode nothing else). A QR of
 * something else (a web address…) is not a code, and says so rather than being sent.
 */
export const codeFromScan = (scanned: string): { code: string } | { error: string } => {
  const checked = checkCode(scanned.trim());
  return 'code' in checked ? checked : { error: '这不是兑换码，请让居民打开「我的兑换」再扫' };
};
