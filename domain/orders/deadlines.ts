/**
 * 限时办结: each order gets a take-by and a finish-by deadline from the community's table.
 * Overdue orders escalate in two steps: at the deadline to the grid worker (level 1); when as long
 * again has passed, to the community admins (level 2) — "超时一倍仍未处理，升级到社区".
 */
import { CATEGORY_TABLE, DEFAULT_TAKE_HOURS, type Category, type OrderStatus } from '../../types/orders';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface DeadlineTable {
  takeHours: number;
  finishDays: Record<Category, number>;
}

export const DEFAULT_DEADLINES: DeadlineTable = {
  takeHours: DEFAULT_TAKE_HOURS,
  finishDays: Object.fromEntries(Object.entries(CATEGORY_TABLE).map(([k, v]) => [k, v.finishDays])) as Record<
    Category,
    number
  >,
};

/** A community's partial override on top of the defaults. */
export function deadlineTable(
  override?: Partial<{ takeHours: number; finishDays: Partial<Record<Category, number>> }>,
) {
  return {
    takeHours: override?.takeHours ?? DEFAULT_DEADLINES.takeHours,
    finishDays: { ...DEFAULT_DEADLINES.finishDays, ...(override?.finishDays ?? {}) },
  };
}

export function deadlinesFor(createdAt: Date, category: Category, table: DeadlineTable) {
  return {
    takeBy: new Date(createdAt.getTime() + table.takeHours * HOUR),
    finishBy: new Date(createdAt.getTime() + table.finishDays[category] * DAY),
  };
}

/**
 * Which deadline binds an order in this status: to be taken (待派单/待接单), to be finished (办理中),
 * or none. The timer escalates by it and the order card shows it ("… 前接单" / "… 前办结").
 */
export function bindingDeadlineOf(status: OrderStatus): 'takeBy' | 'finishBy' | null {
  if (status === 'submitted' || status === 'dispatched') return 'takeBy';
  if (status === 'taken') return 'finishBy';
  return null;
}

function bindingDeadline(o: { status: OrderStatus; createdAt: Date; takeBy: Date; finishBy: Date }) {
  const which = bindingDeadlineOf(o.status);
  return which ? { start: o.createdAt, due: o[which] } : null;
}

/** 0 on time, 1 overdue (tell the grid worker), 2 overdue by as long again (tell the community). */
export function overdueLevel(
  o: { status: OrderStatus; createdAt: Date; takeBy: Date; finishBy: Date },
  now: Date,
): 0 | 1 | 2 {
  const d = bindingDeadline(o);
  if (!d || now <= d.due) return 0;
  const allowed = d.due.getTime() - d.start.getTime();
  return now.getTime() > d.due.getTime() + allowed ? 2 : 1;
}
