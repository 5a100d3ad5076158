/**
 * The meeting forms (发起会议, 提议题, 决策, 进展) as data: a draft of what was typed, the error to
 * show under each field, and the event fields to send. Limits are types/meetings.ts MEETING_LIMITS
 * and its day rule, the ones its schema is built from, checked here first so a typo is heard about
 * at once. Times are China time (domain/china-time.ts). Pure.
 */
import { CATEGORIES, CATEGORY_TABLE, type Category } from '../../../types/orders';
import type { OrgTree } from '../../../types/org';
import { DAY_PATTERN, isRealDay, MEETING_LIMITS, type MeetingType } from '../../../types/meetings';
import { chinaDay, chinaDayAfter, chinaInstant } from '../../../domain/china-time';
import type { CreateInput, DecideInput } from '@/services/meetings';
import { textError, type Errors } from '../form-checks';

export { hasErrors, textError, type Errors } from '../form-checks';

/** The day `days` after today (China time). */
export const dayAfter = (days: number, now: Date = new Date()): string => chinaDayAfter(days, now);

function dayError(day: string, what: string): string {
  if (!DAY_PATTERN.test(day.trim())) return `${what}请写成 2025-03-04 这样`;
  return isRealDay(day.trim()) ? '' : `${what}不存在`;
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
    title: textError(d.title, MEETING_LIMITS.title, '会议主题'),
    day: dayError(d.day, '日期'),
    time: /^([01]\d|2[0-3]):[0-5]\d$/.test(d.time.trim()) ? '' : '时间请写成 15:00 这样',
    place: textError(d.place, MEETING_LIMITS.place, '地点'),
    name: d.type === 'other' ? textError(d.name, MEETING_LIMITS.name, '会议名称') : '',
  };
}

export function createFields(d: CreateDraft): CreateInput {
  return {
    type: d.type as MeetingType,
    title: d.title.trim(),
    startsAt: chinaInstant(d.day.trim(), d.time.trim()),
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
  title: textError(d.title, MEETING_LIMITS.topicTitle, '议题'),
  content: textError(d.content, MEETING_LIMITS.topicContent, '具体内容'),
});

// ---- 决策 ----

export interface DecideDraft {
  topicId: string;
  decision: string;
  ownerId: string;
  dueDate: string;
  /** '' for no work order; else the category of the 受理自办类 order the decision opens. */
  orderCategory: Category | '';
  /** Where that order is: 'b:<buildingId>' or 'g:<gridId>' ('' until chosen). */
  orderPlace: string;
}
export const emptyDecide = (topicId: string, now: Date = new Date()): DecideDraft => ({
  topicId,
  decision: '',
  ownerId: '',
  dueDate: dayAfter(14, now),
  orderCategory: '',
  orderPlace: '',
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
    decision: textError(d.decision, MEETING_LIMITS.decision, '决策内容'),
    ownerId: d.ownerId ? '' : '请选择责任人',
    dueDate: bad || (d.dueDate.trim() < chinaDay(now) ? '完成日期不能早于今天' : ''),
    orderCategory: '',
    orderPlace: d.orderCategory && !d.orderPlace ? '请选择工单地点（楼栋或整个网格）' : '',
  };
}

/**
 * The places a decision's order may be at (issue 11 point 8): each grid as a whole, and each of its
 * buildings; a grid's meeting offers its own grid only (the function refuses others).
 */
export function orderPlaceChoices(tree: OrgTree | null | undefined, meetingGridId?: string) {
  const grids = (tree?.grids ?? []).filter((g) => !meetingGridId || g._id === meetingGridId);
  return grids.flatMap((g) => [
    { value: `g:${g._id}`, label: `${g.name}（整个网格）` },
    ...g.buildings.map((b) => ({ value: `b:${b._id}`, label: `${g.name} · ${b.name}` })),
  ]);
}

export const decideFields = (d: DecideDraft, meetingId: string): DecideInput => ({
  meetingId,
  topicId: d.topicId,
  decision: d.decision.trim(),
  ownerId: d.ownerId,
  dueDate: d.dueDate.trim(),
  ...(d.orderCategory ? { orderCategory: d.orderCategory } : {}),
  ...(d.orderCategory && d.orderPlace.startsWith('b:') ? { orderBuildingId: d.orderPlace.slice(2) } : {}),
  ...(d.orderCategory && d.orderPlace.startsWith('g:') ? { orderGridId: d.orderPlace.slice(2) } : {}),
});

/** A decision may open a 受理自办类 work order of one of the five categories; '' opens none. */
export const DECISION_ORDER_CHOICES: { value: Category | ''; label: string }[] = [
  { value: '', label: '不生成' },
  ...CATEGORIES.map((c) => ({ value: c, label: CATEGORY_TABLE[c].label })),
];
