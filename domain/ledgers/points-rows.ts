/**
 * The 积分台账 (issue 13): per person, what they earned in the period by area (公益美德, 环境卫生…),
 * what they spent in the 爱心超市, refunds and reversals, and — since spending does not clear the
 * record (兑换后不清零) — their balance and lifetime total now; then a 合计 row. A second sheet lists
 * every entry. Pure.
 */
import { chinaDateTime } from '../china-time';
import { maskName } from '../mask';
import { AREA_LABELS, ENTRY_KIND_LABELS, POINT_AREAS, type EntryKind, type PointArea } from '../../types/points';
import type { PersonalView } from './access';

export interface LedgerEntry {
  userId: string;
  gridId: string;
  kind: EntryKind;
  amount: number;
  area?: PointArea;
  reason: string;
  balanceAfter: number;
  at: Date;
}

export interface PersonTotals {
  userId: string;
  gridId: string;
  byArea: Record<PointArea, number>;
  /** earnings without an area (order and rating points, meetings) */
  otherEarned: number;
  earned: number;
  spent: number;
  /** refunds (+) and reversals (−) */
  adjusted: number;
}

export const POINTS_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 10 },
  { header: '网格', width: 10 },
  ...POINT_AREAS.map((a) => ({ header: AREA_LABELS[a], width: 9 })),
  { header: '其他获得', width: 9 },
  { header: '本期获得', width: 9 },
  { header: '本期兑换', width: 9 },
  { header: '退还/冲正', width: 9 },
  { header: '当前余额', width: 9 },
  { header: '累计获得', width: 9 },
];

export const ENTRY_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '时间', width: 17 },
  { header: '姓名', width: 10 },
  { header: '网格', width: 10 },
  { header: '类型', width: 8 },
  { header: '领域', width: 10 },
  { header: '积分', width: 8 },
  { header: '事由', width: 30 },
  { header: '变动后余额', width: 10 },
];

const zeroAreas = () => Object.fromEntries(POINT_AREAS.map((a) => [a, 0])) as Record<PointArea, number>;

/** Each person's totals for the entries given, in the order people first appear. */
export function totalsByPerson(entries: readonly LedgerEntry[]): PersonTotals[] {
  const people = new Map<string, PersonTotals>();
  for (const e of entries) {
    let p = people.get(e.userId);
    if (!p) {
      p = { userId: e.userId, gridId: e.gridId, byArea: zeroAreas(), otherEarned: 0, earned: 0, spent: 0, adjusted: 0 };
      people.set(e.userId, p);
    }
    if (e.kind === 'earn') {
      p.earned += e.amount;
      if (e.area) p.byArea[e.area] += e.amount;
      else p.otherEarned += e.amount;
    } else if (e.kind === 'spend') p.spent += -e.amount;
    else p.adjusted += e.amount;
  }
  return [...people.values()];
}

export const personName = (view: PersonalView, name: string) => (view === 'named' ? name : maskName(name));

export function personRow(
  p: PersonTotals,
  index: number,
  who: { name: string; gridName: string; balance: number; lifetime: number },
  view: PersonalView,
): (string | number)[] {
  return [
    index,
    personName(view, who.name),
    who.gridName,
    ...POINT_AREAS.map((a) => p.byArea[a]),
    p.otherEarned,
    p.earned,
    p.spent,
    p.adjusted,
    who.balance,
    who.lifetime,
  ];
}

/** 合计 over the person rows (their numeric columns summed). */
export function sumRow(rows: readonly (string | number)[][], width: number, label: string): (string | number)[] {
  const out: (string | number)[] = Array.from({ length: width }, () => '');
  out[0] = '合计';
  out[1] = label;
  for (let c = 3; c < width; c += 1)
    out[c] = rows.reduce((s, r) => s + (typeof r[c] === 'number' ? (r[c] as number) : 0), 0);
  return out;
}

export function entryRow(e: LedgerEntry, index: number, name: string, gridName: string, view: PersonalView) {
  return [
    index,
    chinaDateTime(e.at),
    personName(view, name),
    gridName,
    ENTRY_KIND_LABELS[e.kind],
    e.area ? AREA_LABELS[e.area] : '',
    e.amount,
    view === 'named' ? e.reason : '',
    e.balanceAfter,
  ];
}
