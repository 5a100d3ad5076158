/**
 * The meeting forms (发起会议, 提议题, 决策, 进展) as data: a draft of what was typed, the error to
 * show under each field, and the event fields to send. Limits are those of types/meetings.ts,
 * checked here first so a typo is heard about at once. Times are China time (+08:00). Pure.
 */
import { CATEGORIES, CATEGORY_TABLE, type Category } from '../../../types/orders';
import type { MeetingType } from '../../../types/meetings';
import type { CreateInput, DecideInput } from '@/services/meetings';

export type Errors<K extends string> = Partial<Record<K, string>>;
export const hasErrors = (e: Errors<string>): boolean => Object.values(e).some(Boolean);

export function textError(text: string, max: number, what: string): string {
  const t = text.trim();
  if (!t) return `请填写${what}`;
  return t.length > max ? `${what}最多 ${max} 个字` : '';
}

const CHINA_MS = 8 * 3600_000;
/** The China calendar day of an instant, "2025-03-04". */
export const chinaDay = (at: Date): string => new Date(at.getTime() + CHINA_MS).toISOString().slice(0, 10);
/** The day `days` after today (China time). */
export const dayAfter = (days: number, now: Date = new Date()): string =>
  chinaDay(new Date(now.getTime() + days * 24 * 3600_000));

function dayError(day: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day.trim())) return `${what}请写成 2025-03-04 这样`;
  const at = new Date(`${day.trim()}T00:00:00Z`);
  return Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day.trim() ? `${what}不存在` : '';
}

// ---- 发起会议 ----

export interface CreateDraft {
  type: MeetingType | '';
  title: string;
  /** "YYYY-MM-DD" and "HH:mm", China time. */
  day: string;
  time: string;
  place: string;
  /** '' for the whole community. */
  gridId: string;
  /** Only for 其他议事: 凉亭议事会, 民情恳谈会… */
  name: string;
}

export const emptyCreate = (now: Date = new Date()): CreateDraft => ({
  type: '',
  title: '',
  day: dayAfter(1, now),
  time: '15:00',
  place: '社区议事厅',
  gridId: '',
  name: '',
});

/** Days an admin picks most: one tap instead of typing. */
export const DAY_PRESETS = [
  { label: '明天', days: 1 },
  { label: '后天', days: 2 },
  { label: '一周后', days: 7 },
] as const;

export function validateCreate(d: CreateDraft): Errors<keyof CreateDraft> {
  return {
    type: d.type ? '' : '请选择会议类型',
    title: textError(d.title, 50, '会议主题'),
    day: dayError(d.day, '日期'),
    time: /^([01]\d|2[0-3]):[0-5]\d$/.test(d.time.trim()) ? '' : '时间请写成 15:00 这样',
    place: textError(d.place, 50, '地点'),
    name: d.type === 'other' ? textError(d.name, 20, '会议名称') : '',
  };
}

export function createFields(d: CreateDraft): CreateInput {
  return {
    type: d.type as MeetingType,
    title: d.title.trim(),
    startsAt: `${d.day.trim()}T${d.time.trim()}:00+08:00`,
    place: d.place.trim(),
    ...(d.gridId ? { gridId: d.gridId } : {}),
    ...(d.type === 'other' ? { name: d.name.trim() } : {}),
  };
}

// ---- 提议题 ----

export interface ProposeDraft {
  title: string;
  content: string;
}
export const validatePropose = (d: ProposeDraft): Errors<keyof ProposeDraft> => ({
  title: textError(d.title, 50, '议题'),
  content: textError(d.content, 500, '具体内容'),
});

// ---- 决策 ----

export interface DecideDraft {
  topicId: string;
  decision: string;
  ownerId: string;
  dueDate: string;
  /** '' for no work order; else the category of the 受理自办类 order the decision opens. */
  orderCategory: Category | '';
}
export const emptyDecide = (topicId: string, now: Date = new Date()): DecideDraft => ({
  topicId,
  decision: '',
  ownerId: '',
  dueDate: dayAfter(14, now),
  orderCategory: '',
});
export const DUE_PRESETS = [
  { label: '一周内', days: 7 },
  { label: '两周内', days: 14 },
  { label: '一个月内', days: 30 },
] as const;

export function validateDecide(d: DecideDraft, now: Date = new Date()): Errors<keyof DecideDraft> {
  const bad = dayError(d.dueDate, '完成日期');
  return {
    topicId: d.topicId ? '' : '请选择议题',
    decision: textError(d.decision, 500, '决策内容'),
    ownerId: d.ownerId ? '' : '请选择责任人',
    dueDate: bad || (d.dueDate.trim() < chinaDay(now) ? '完成日期不能早于今天' : ''),
  };
}

export const decideFields = (d: DecideDraft, meetingId: string): DecideInput => ({
  meetingId,
  topicId: d.topicId,
  decision: d.decision.trim(),
  ownerId: d.ownerId,
  dueDate: d.dueDate.trim(),
  ...(d.orderCategory ? { orderCategory: d.orderCategory } : {}),
});

/** A decision may open a 受理自办类 work order of one of the five categories; '' opens none. */
export const DECISION_ORDER_CHOICES: { value: Category | ''; label: string }[] = [
  { value: '', label: '不生成' },
  ...CATEGORIES.map((c) => ({ value: c, label: CATEGORY_TABLE[c].label })),
];
