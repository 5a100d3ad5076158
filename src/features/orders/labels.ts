/**
 * Words and times shown on orders. Status, category, dispatch and timeline labels are the
 * tables of types/orders.ts, shared with the functions. Pure.
 */
import dayjs from 'dayjs';
import {
  CATEGORY_TABLE,
  STATUS_LABELS,
  TIMELINE_LABELS,
  type OrderStatus,
  type OrderView,
  type TimelineAction,
} from '../../../types/orders';
import { bindingDeadlineOf } from '../../../domain/orders/deadlines';

export const timelineLabel = (action: string): string => TIMELINE_LABELS[action as TimelineAction] ?? action;
export const statusLabel = (s: OrderStatus): string => STATUS_LABELS[s];
export const categoryLabel = (o: Pick<OrderView, 'category'>): string => CATEGORY_TABLE[o.category].label;

/** "今天 14:05", "昨天 09:30", "明天 08:00" (deadlines), "3月2日 08:00", or with the year when not this year. */
export function when(iso: string, now: Date = new Date()): string {
  const t = dayjs(iso);
  const days = t.startOf('day').diff(dayjs(now).startOf('day'), 'day');
  const near: Record<number, string> = { [-1]: '昨天', 0: '今天', 1: '明天' };
  if (near[days]) return `${near[days]} ${t.format('HH:mm')}`;
  if (t.year() === now.getFullYear()) return t.format('M月D日 HH:mm');
  return t.format('YYYY年M月D日 HH:mm');
}

const DEADLINE_WORDS = { takeBy: '前接单', finishBy: '前办结' } as const;

/** The deadline that binds now (domain/orders/deadlines.ts, the timer's own rule), in words. */
export function deadlineText(
  o: Pick<OrderView, 'status' | 'takeBy' | 'finishBy' | 'departmentId'>,
  now: Date = new Date(),
): string {
  const which = bindingDeadlineOf(o.status, o.departmentId);
  if (!which) return '';
  // A department accepts (受理) a transfer rather than taking it.
  const words = o.status === 'transferred' ? '前受理' : DEADLINE_WORDS[which];
  return `${when(o[which], now)} ${words}`;
}

/** "1号楼 302室" from names; the room may come masked (3**) in the grab hall. */
export function placeText(building: string, room: string): string {
  return [building, room ? `${room}室` : ''].filter(Boolean).join(' ');
}

/** A few words under each category button, so a person knows which one is theirs. */
export const CATEGORY_HINTS: Record<keyof typeof CATEGORY_TABLE, string> = {
  property: '水电、电梯、卫生',
  elderly: '助餐、助浴、陪护',
  infrastructure: '路灯、道路、管网',
  dispute: '邻里矛盾调解',
  convenience: '跑腿、代办、其他',
};

/**
 * Nobody waits forever (issue 11, point 7): when an order waiting on the resident's word closes by
 * itself, in words — for the resident under the stars / the confirm button, and for staff.
 */
export function closeByText(o: Pick<OrderView, 'status' | 'closeBy'>, now: Date = new Date()): string {
  if (!o.closeBy) return '';
  if (o.status === 'rectified') return `${when(o.closeBy, now)} 前未确认，视为已解决并办结`;
  if (o.status === 'completed' || o.status === 'answered') return `${when(o.closeBy, now)} 前未评价，将按未评价办结`;
  return '';
}
