/**
 * The period a 台账 covers: a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026"), in China
 * time, as the half-open instant range [from, to) the functions query and the title the sheet shows.
 * Pure; the client offers the same periods (the last months, quarters and years before `now`).
 */
import { chinaWallClock } from '../china-time';
import { PERIOD_PATTERN } from '../../types/ledgers';

export interface PeriodRange {
  from: Date;
  to: Date;
  /** 2026年11月, 2026年第4季度, 2026年 */
  label: string;
}

/** The China-time instant of a month's first day, 00:00 (month 12 rolls into the next year). */
const monthStart = (year: number, month0: number): Date => new Date(Date.UTC(year, month0, 1) - 8 * 3600_000);

/** The range of a period string; undefined when it is not one. */
export function periodRange(period: string): PeriodRange | undefined {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) {
    const month0 = Number(m[2]) - 1;
    return { from: monthStart(year, month0), to: monthStart(year, month0 + 1), label: `${year}年${month0 + 1}月` };
  }
  if (m[3]) {
    const q = Number(m[3]);
    return { from: monthStart(year, (q - 1) * 3), to: monthStart(year, q * 3), label: `${year}年第${q}季度` };
  }
  return { from: monthStart(year, 0), to: monthStart(year + 1, 0), label: `${year}年` };
}

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The periods a picker offers, newest first: this one and the `count - 1` before it. */
export function recentPeriods(kind: PeriodKind, now: Date, count: number): { value: string; label: string }[] {
  const wall = chinaWallClock(now);
  const year = wall.getUTCFullYear();
  const month0 = wall.getUTCMonth();
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    let value: string;
    if (kind === 'month') {
      const d = new Date(Date.UTC(year, month0 - i, 1));
      value = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    } else if (kind === 'quarter') {
      const q0 = Math.floor(month0 / 3) - i;
      const y = year + Math.floor(q0 / 4);
      value = `${y}-Q${(((q0 % 4) + 4) % 4) + 1}`;
    } else {
      value = String(year - i);
    }
    out.push({ value, label: (periodRange(value) as PeriodRange).label });
  }
  return out;
}
