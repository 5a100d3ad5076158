/**
 * ¥ amounts (爱心超市 items' 参考价值): typed and shown in yuan with at most two decimals, stored,
 * sent and counted as whole 分, so sums on the 数据看板 never drift by a float's rounding. Pure.
 */

/** At most 7 digits of yuan and 2 of 分: '12', '12.5', '0.99'. No sign, no thousands separators. */
const YUAN = /^(\d{1,7})(?:\.(\d{1,2}))?$/;

/** '12.5' → 1250; null when it is not an amount in yuan (the form says so). */
export function fenOfYuan(text: string): number | null {
  const m = YUAN.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 1250 → '12.50' (what the form shows back). */
export function yuanOfFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1250 → '¥12.50' */
export const yuanLabel = (fen: number): string => `¥${yuanOfFen(fen)}`;
