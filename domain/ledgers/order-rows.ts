/**
 * The 三单台账's columns and rows (issue 13): one row per order filed in the period — date, category,
 * class, grid, building, the resident as the viewer may see them, taker, the times it was taken and
 * completed, rating, 整改 and result — and a 合计 row. Pure: the `ledgers` function feeds it stored
 * orders, a test feeds it made-up ones.
 */
import { chinaDateTime } from '../china-time';
import {
  CATEGORY_TABLE,
  CLOSED_AS_LABELS,
  DISPATCH_LABELS,
  STATUS_LABELS,
  type Category,
  type ClosedAs,
  type DispatchKind,
  type OrderStatus,
} from '../../types/orders';
import { personalFields, type PersonalView } from './access';

export interface LedgerOrder {
  _id: string;
  createdAt: Date;
  category: Category;
  dispatchKind?: DispatchKind;
  gridId: string;
  buildingId: string;
  room: string;
  residentName: string;
  contactPhone: string;
  takerName?: string;
  departmentName?: string;
  status: OrderStatus;
  rating?: { score: number };
  rectification?: string;
  /** how it closed (issue 11.7): rated, 未评价 by time, 整改 confirmed by the resident or timed out */
  closedAs?: ClosedAs;
  overdueLevel: number;
  timeline: { at: Date; action: string }[];
}

export const ORDER_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '提交时间', width: 17 },
  { header: '类别', width: 12 },
  { header: '派单分类', width: 12 },
  { header: '网格', width: 10 },
  { header: '楼栋', width: 10 },
  { header: '居民', width: 8 },
  { header: '房号', width: 8 },
  { header: '联系电话', width: 14 },
  { header: '接单人', width: 10 },
  { header: '接单时间', width: 17 },
  { header: '办结时间', width: 17 },
  { header: '是否超时', width: 8 },
  { header: '评价', width: 6 },
  { header: '整改', width: 8 },
  { header: '办理结果', width: 10 },
];

const TAKE_ACTIONS = new Set(['grab', 'assign', 'accept']);
const FINISH_ACTIONS = new Set(['complete', 'respond']);
/** The statuses that count as 办结 in the totals. */
const FINISHED: ReadonlySet<OrderStatus> = new Set(['completed', 'rectifying', 'closed', 'answered']);

const firstAt = (o: LedgerOrder, actions: Set<string>) => o.timeline.find((t) => actions.has(t.action))?.at;
const lastAt = (o: LedgerOrder, actions: Set<string>) =>
  [...o.timeline].reverse().find((t) => actions.has(t.action))?.at;
const when = (at: Date | undefined) => (at ? chinaDateTime(at) : '');

/** 整改中 (waiting for the reply), 已整改·待确认, 居民确认整改 or 整改到期未确认; '' without a 整改. */
export function rectificationLabel(o: Pick<LedgerOrder, 'status' | 'rectification' | 'closedAs'>): string {
  if (o.closedAs === 'rectify_confirmed' || o.closedAs === 'rectify_timed_out') return CLOSED_AS_LABELS[o.closedAs];
  if (o.rectification) return '已整改·待确认';
  return o.status === 'rectifying' ? '整改中' : '';
}

/** The status, and for a closed order how it closed: 已办结（未评价）. */
export function resultLabel(o: Pick<LedgerOrder, 'status' | 'closedAs'>): string {
  const how = o.closedAs === 'rated' || o.closedAs === 'unrated' ? `（${CLOSED_AS_LABELS[o.closedAs]}）` : '';
  return STATUS_LABELS[o.status] + how;
}

export function orderRow(
  o: LedgerOrder,
  index: number,
  view: PersonalView,
  names: { grids: Map<string, string>; buildings: Map<string, string> },
): (string | number)[] {
  const person = personalFields(view, { name: o.residentName, room: o.room, phone: o.contactPhone });
  return [
    index,
    chinaDateTime(o.createdAt),
    CATEGORY_TABLE[o.category].label,
    o.dispatchKind ? DISPATCH_LABELS[o.dispatchKind] : '未分类',
    names.grids.get(o.gridId) ?? '',
    names.buildings.get(o.buildingId) ?? '',
    person.name,
    person.room,
    person.phone,
    o.takerName ?? o.departmentName ?? '',
    when(firstAt(o, TAKE_ACTIONS)),
    when(o.status === 'answered' ? lastAt(o, new Set(['dispatch'])) : lastAt(o, FINISH_ACTIONS)),
    o.overdueLevel > 0 ? '是' : '否',
    o.rating ? o.rating.score : '',
    rectificationLabel(o),
    resultLabel(o),
  ];
}

/** 合计: how many, how many finished, overdue, the mean rating of those rated, how many 整改. */
export function orderTotals(orders: readonly LedgerOrder[]): (string | number)[] {
  const rated = orders.filter((o) => o.rating);
  const mean = rated.length ? rated.reduce((s, o) => s + (o.rating as { score: number }).score, 0) / rated.length : 0;
  const row: (string | number)[] = ORDER_COLUMNS.map(() => '');
  row[0] = '合计';
  row[1] = `共 ${orders.length} 件`;
  row[12] = `超时 ${orders.filter((o) => o.overdueLevel > 0).length} 件`;
  row[13] = rated.length ? Math.round(mean * 100) / 100 : '';
  const confirmed = orders.filter((o) => o.closedAs === 'rectify_confirmed').length;
  row[14] = `整改 ${orders.filter((o) => rectificationLabel(o)).length} 件（居民确认 ${confirmed} 件）`;
  row[15] = `办结 ${orders.filter((o) => FINISHED.has(o.status)).length} 件`;
  return row;
}
