/** Words and widths the 数据看板 shows. Pure (unit-tested). */
import type { Rate } from '../../../domain/stats/rates';

/** '86.5%' or '暂无' (nothing to judge yet). */
export const percentText = (r: Rate | { percent: number | null }): string =>
  r.percent === null ? '暂无' : `${r.percent}%`;

/** '比上期 +3.2 个百分点', '与上期持平', '' when either period has nothing to judge. */
export function rateChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return '';
  const d = Math.round((now - before) * 10) / 10;
  if (d === 0) return '与上期持平';
  return `比上期 ${d > 0 ? '+' : ''}${d} 个百分点`;
}

/** '上期 12' for a count beside its previous period. */
export const previousText = (before: number | string): string => `上期 ${before}`;

/** A bar's width in per cent of the longest (at least a sliver when non-zero, so it shows). */
export function barWidth(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 100));
}
