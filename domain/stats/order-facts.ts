/**
 * What one order adds to the 数据看板 counters: a flat set of numbers, a pure function of the order
 * document alone. The counters for a community and period are the sum of these over the orders
 * filed in that period, so a state change moves them by facts(after) − facts(before), and
 * reconciliation recounts them from the orders with this same function. Every order counts in the
 * month it was filed (按受理月份统计), in four scopes: the community, its grid, its category and
 * (once dispatched) its dispatch class. Definitions of each number are in rates.ts.
 */
import type { Category, DispatchKind, OrderStatus } from '../../types/orders';
import { isBadScore } from '../orders/state-machine';
import { ESCALATED_NOTE } from '../orders/deadlines';
import { bucketOf } from './durations';

/** The fields of an order the dashboard reads (a structural slice of the stored document). */
export interface CountedOrder {
  communityId: string;
  gridId: string;
  category: Category;
  status: OrderStatus;
  dispatchKind?: DispatchKind;
  residentId: string;
  rating?: { score: number };
  takeBy: Date;
  createdAt: Date;
  /** 整改 the resident confirmed (issue 11 point 7): when they confirmed it. */
  rectifyConfirmedAt?: Date;
  timeline: readonly { at: Date; action: string; note?: string }[];
}

export type Facts = Record<string, number>;

/** The first response: taken (grab/assign), accepted by a department, or answered (回复解释类). */
const RESPONSES = ['grab', 'assign', 'accept'];

export function respondedAt(o: CountedOrder): Date | null {
  const first = o.timeline.find(
    (t) => RESPONSES.includes(t.action) || (t.action === 'dispatch' && o.dispatchKind === 'reply'),
  );
  return first ? first.at : null;
}

/** 办结: completed by its taker or department, or answered (回复解释类 ends with the answer). */
export function doneAt(o: CountedOrder): Date | null {
  const first = o.timeline.find((t) => t.action === 'complete');
  if (first) return first.at;
  return o.dispatchKind === 'reply' ? respondedAt(o) : null;
}

export function orderFacts(o: CountedOrder): Facts {
  const f: Facts = { orders: 1 };
  const add = (k: string, n = 1) => {
    f[k] = (f[k] ?? 0) + n;
  };
  if (o.status === 'cancelled') add('cancelled');
  const overdue = o.timeline.filter((t) => t.action === 'overdue');
  if (overdue.length > 0) add('overdue');
  if (overdue.some((t) => t.note === ESCALATED_NOTE)) add('escalated');
  const responded = respondedAt(o);
  if (responded) {
    add('responded');
    if (responded <= o.takeBy) add('respondedInTime');
    add(`take_b${bucketOf(responded.getTime() - o.createdAt.getTime())}`);
  }
  // 应响应: responded, or not yet and already flagged overdue (a cancelled order owes nothing).
  if (responded || (o.status !== 'cancelled' && overdue.length > 0)) add('respondDue');
  const done = doneAt(o);
  if (done) {
    add('done');
    add(`done_b${bucketOf(done.getTime() - o.createdAt.getTime())}`);
  }
  if (o.rating) {
    add('rated');
    if (o.rating.score >= 4) add('satisfied');
    if (isBadScore(o.rating.score)) add('rectified');
  }
  const confirmed = !!o.rectifyConfirmedAt;
  if (confirmed) add('rectifyConfirmed');
  if ((o.status === 'closed' && o.rating && !isBadScore(o.rating.score)) || confirmed) add('resolved');
  return f;
}

/** The scopes an order counts in. */
export function orderScopes(o: Pick<CountedOrder, 'gridId' | 'category' | 'dispatchKind'>): string[] {
  const scopes = ['all', `cat:${o.category}`];
  if (o.gridId) scopes.push(`grid:${o.gridId}`);
  if (o.dispatchKind) scopes.push(`kind:${o.dispatchKind}`);
  return scopes;
}

/** The difference after − before, dropping zeros. */
export function factsDelta(after: Facts, before: Facts): Facts {
  const out: Facts = {};
  for (const k of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const d = (after[k] ?? 0) - (before[k] ?? 0);
    if (d !== 0) out[k] = d;
  }
  return out;
}
