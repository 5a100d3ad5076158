/**
 * 限时办结: each order gets a take-by and a finish-by deadline from the community's table.
 * Overdue orders escalate in two steps: at the deadline to the grid worker (level 1); when as long
 * again has passed, to the community admins (level 2) — "超时一倍仍未处理，升级到社区".
 * Deadlines in hours are clock hours; deadlines in days are working days by China's official
 * calendar (domain/working-days.ts). The clock stops while the order waits on the resident (等待居民):
 * on resuming, the finish-by moves by the time it waited (`resumedDeadline`).
 */
import {
  CATEGORY_TABLE,
  DEFAULT_CLOSING,
  DEFAULT_TAKE_HOURS,
  type Category,
  type ClosingSettings,
  type OrderStatus,
} from '../../types/orders';
import { addWorkingDays } from '../working-days';

const HOUR = 3600_000;

/** The timeline note of a level-2 escalation (升级至社区): the dashboard counts these as 升级. */
export const ESCALATED_NOTE = '超时一倍仍未办理，升级至社区';

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
    finishBy: addWorkingDays(createdAt, table.finishDays[category]),
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
    finishBy: dueAt ?? addWorkingDays(at, TRANSFER_FINISH_DAYS),
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

/**
 * When an order the resident has not answered closes by itself: a completed or answered order not
 * rated (未评价), or a 整改 reply not confirmed, within the community's working days.
 */
export function closeByFor(at: Date, kind: 'rate' | 'confirm', closing?: Partial<ClosingSettings>): Date {
  const days =
    kind === 'rate'
      ? (closing?.unratedDays ?? DEFAULT_CLOSING.unratedDays)
      : (closing?.rectifyConfirmDays ?? DEFAULT_CLOSING.rectifyConfirmDays);
  return addWorkingDays(at, days);
}

/** Statuses that close by themselves at `closeBy` (the order-timer's close query reads this). */
export const CLOSES_BY_ITSELF: readonly OrderStatus[] = ['completed', 'answered', 'rectified'];

/**
 * Resuming after 等待居民: the finish-by moves by the time waited, and the order remembers the
 * total paused time, so the escalation's "as long again" is measured on working time only.
 */
export function resumedDeadline(
  o: { finishBy: Date; pausedMs?: number },
  waitingSince: Date,
  now: Date,
): { finishBy: Date; pausedMs: number } {
  const waited = Math.max(0, now.getTime() - waitingSince.getTime());
  return { finishBy: new Date(o.finishBy.getTime() + waited), pausedMs: (o.pausedMs ?? 0) + waited };
}

interface Clocked {
  status: OrderStatus;
  /** time spent 等待居民 so far (the finish-by already moved by it) */
  pausedMs?: number;
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
  return {
    start: (transfer && o.transferredAt) || o.createdAt,
    due: o[which],
    paused: which === 'finishBy' ? (o.pausedMs ?? 0) : 0,
  };
}

/**
 * 0 on time, 1 overdue (tell the grid worker), 2 overdue by as long again (tell the community).
 * An order waiting on the resident (等待居民) is in no binding status, so it is never overdue.
 */
export function overdueLevel(o: Clocked, now: Date): 0 | 1 | 2 {
  const d = bindingDeadline(o);
  if (!d || now <= d.due) return 0;
  const allowed = d.due.getTime() - d.start.getTime() - d.paused;
  return now.getTime() > d.due.getTime() + allowed ? 2 : 1;
}
