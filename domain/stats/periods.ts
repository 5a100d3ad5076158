/**
 * 数据看板 periods in China time. A counter document holds one community's figures for one month,
 * quarter or year ('m2026-12', 'q2026-4', 'y2026'); a state change moves the three its instant falls
 * in, so a dashboard for any period is one read of that period's documents. Pure.
 */
import type { StatsPeriod } from '../../types/stats';
import { chinaWallClock } from '../china-time';

/** The three period keys an instant falls in (China time): month, quarter, year. */
export function statsPeriodKeysOf(at: Date): [string, string, string] {
  const local = chinaWallClock(at);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  return [`m${y}-${String(m).padStart(2, '0')}`, `q${y}-${Math.ceil(m / 3)}`, `y${y}`];
}

/** The key of the period of this kind an instant falls in. */
export function periodKeyOf(kind: StatsPeriod, at: Date): string {
  const [month, quarter, year] = statsPeriodKeysOf(at);
  return kind === 'month' ? month : kind === 'quarter' ? quarter : year;
}

/** The period just before: m2026-01 → m2025-12, q2026-1 → q2025-4, y2026 → y2025. */
export function previousPeriodKey(key: string): string {
  const kind = key[0];
  const [y, n] = key.slice(1).split('-').map(Number);
  if (kind === 'y') return `y${y - 1}`;
  const last = kind === 'q' ? 4 : 12;
  const [py, pn] = n === 1 ? [y - 1, last] : [y, n - 1];
  return kind === 'q' ? `q${py}-${pn}` : `m${py}-${String(pn).padStart(2, '0')}`;
}

/** The month keys a period covers, in order (for the trend chart). */
export function monthsOf(key: string): string[] {
  const kind = key[0];
  const [y, n] = key.slice(1).split('-').map(Number);
  if (kind === 'm') return [key];
  const first = kind === 'q' ? (n - 1) * 3 + 1 : 1;
  const count = kind === 'q' ? 3 : 12;
  return Array.from({ length: count }, (_, i) => `m${y}-${String(first + i).padStart(2, '0')}`);
}

/** '2026年12月', '2026年第4季度', '2026年'. */
export function periodLabel(key: string): string {
  const [y, n] = key.slice(1).split('-').map(Number);
  if (key[0] === 'm') return `${y}年${n}月`;
  if (key[0] === 'q') return `${y}年第${n}季度`;
  return `${y}年`;
}
