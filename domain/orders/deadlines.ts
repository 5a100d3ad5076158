/**
 * 限时办结: each order gets a take-by and a finish-by deadline from the community's table.
 * Overdue orders escalate in two steps: at the deadline to the grid worker (level 1); when as long
 * again has passed, to the community admins (level 2) — "超时一倍仍未处理，升级到社区".
 */
import { CATEGORY_TABLE, DEFAULT_TAKE_HOURS, type Category, type OrderStatus } from '../../types/orders';

const HOUR = 3600_000;

/** The timeline note of a level-2 escalation (升级至社区): the dashboard counts these as 升级. */
export const ESCALATED_NOTE = '超时一倍仍未办理，升级至社区';
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
 * A transfer's own clock (转交办理类), started when a department is given the order: accept (受理)
 * within a day, finish by the 联席会议's due date, or within 15 days when it names none. They are
 * `takeBy` and `finishBy` of the order, so the timer and the cards read them like any other.
 */
export const TRANSFER_ACCEPT_HOURS = 24;
export const TRANSFER_FINISH_DAYS = 15;

export function transferDeadlines(at: Date, dueAt?: Date): { takeBy: Date; finishBy: Date } {
  return {
    takeBy: new Date(at.getTime() + TRANSFER_ACCEPT_HOURS * HOUR),
    finishBy: dueAt ?? new Date(at.getTime() + TRANSFER_FINISH_DAYS * DAY),
  };
}

/**
 * Which deadline binds an order in this status: to be taken (待派单/待接单), to be finished (办理中),
 * or none. The timer escalates by it and the order card shows it ("… 前接单" / "… 前办结"). A
 * transfer binds once a department has it: to be accepted (已转交), then finished (部门办理中); one
 * waiting for its 联席会议 has no department yet, and no clock.
 */
export function bindingDeadlineOf(status: OrderStatus, departmentId?: string): 'takeBy' | 'finishBy' | null {
  if (status === 'submitted' || status === 'dispatched') return 'takeBy';
  if (status === 'taken' || status === 'handling') return 'finishBy';
  if (status === 'transferred' && departmentId) return 'takeBy';
  return null;
}

interface Clocked {
  status: OrderStatus;
  createdAt: Date;
  takeBy: Date;
  finishBy: Date;
  departmentId?: string;
  /** when a department was given it: a transfer's clock starts there, not at filing */
  transferredAt?: Date;
}

function bindingDeadline(o: Clocked) {
  const which = bindingDeadlineOf(o.status, o.departmentId);
  if (!which) return null;
  const transfer = o.status === 'transferred' || o.status === 'handling';
  return { start: (transfer && o.transferredAt) || o.createdAt, due: o[which] };
}

/** 0 on time, 1 overdue (tell the grid worker), 2 overdue by as long again (tell the community). */
export function overdueLevel(o: Clocked, now: Date): 0 | 1 | 2 {
  const d = bindingDeadline(o);
  if (!d || now <= d.due) return 0;
  const allowed = d.due.getTime() - d.start.getTime();
  return now.getTime() > d.due.getTime() + allowed ? 2 : 1;
}
