/**
 * 议事 (issue #5): meeting types and their steps, topic and decision statuses, and the `meetings`
 * function's events and answers. Tables are data (value, label…) so the client and the functions
 * read the same words; the order of a type's steps IS its state machine (domain/meetings/steps.ts).
 */
import { CATEGORIES, type OrderStatus } from './orders';
import { z } from 'zod';
import { cursorSchema } from './cursor';
import { idSchema } from './roles';

export const MEETING_TYPES = ['five_step', 'tea', 'fixed_day', 'joint', 'other'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  five_step: '五步议事法',
  tea: '书记下午茶',
  fixed_day: '逢四说事',
  joint: '联席会议',
  other: '其他议事',
};

/**
 * What a step is for. Actions are allowed by phase, not by step name, so every type shares one rule:
 * topics join a meeting before deliberation; notes and decisions from deliberation on; publishing
 * from the publish phase on; nothing but progress reports once the meeting is finished.
 */
export const MEETING_PHASES = ['collect', 'review', 'deliberate', 'publish', 'implement', 'finished'] as const;
export type MeetingPhase = (typeof MEETING_PHASES)[number];

export const MEETING_STEPS = [
  'collect',
  'review',
  'deliberate',
  'publish',
  'implement',
  'ask',
  'speak',
  'discuss',
  'act',
  'assign',
  'check',
  'finished',
] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

export interface StepRow {
  step: MeetingStep;
  label: string;
  phase: MeetingPhase;
}
const row = (step: MeetingStep, label: string, phase: MeetingPhase): StepRow => ({ step, label, phase });

/** Each type's steps in order. After the last step comes `finished` (已结束), from which nothing moves. */
export const STEP_TABLE: Record<MeetingType, readonly StepRow[]> = {
  five_step: [
    row('collect', '议题征集', 'collect'),
    row('review', '议题审议', 'review'),
    row('deliberate', '协商议事', 'deliberate'),
    row('publish', '公布决策', 'publish'),
    row('implement', '议题落实', 'implement'),
  ],
  tea: [
    row('ask', '提前问事', 'collect'),
    row('speak', '群众说事', 'deliberate'),
    row('discuss', '集中议事', 'deliberate'),
    row('check', '事后查事', 'implement'),
  ],
  fixed_day: [
    row('speak', '群众说事', 'collect'),
    row('discuss', '集中议事', 'deliberate'),
    row('act', '交办落实', 'publish'),
    row('check', '事后查事', 'implement'),
  ],
  joint: [
    row('collect', '议题汇总', 'collect'),
    row('discuss', '联席协商', 'deliberate'),
    row('assign', '交办落实', 'publish'),
    row('check', '督办反馈', 'implement'),
  ],
  other: [
    row('collect', '议题征集', 'collect'),
    row('discuss', '协商议事', 'deliberate'),
    row('publish', '公布决策', 'publish'),
    row('implement', '议题落实', 'implement'),
  ],
};
export const FINISHED_ROW: StepRow = row('finished', '已结束', 'finished');

/** 逢四说事: days of the month (community doc `settings.meetings.fixedDays`). */
export const DEFAULT_FIXED_DAYS = [4, 14, 24] as const;
export const meetingSettingsSchema = z
  .object({ fixedDays: z.array(z.number().int().min(1).max(28)).min(1).max(31).optional() })
  .optional();

export const TOPIC_STATUSES = ['proposed', 'accepted', 'declined'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];
export const TOPIC_STATUS_LABELS: Record<TopicStatus, string> = {
  proposed: '待审议',
  accepted: '已采纳',
  declined: '未采纳',
};

/**
 * The longest text (characters, after trimming) each meetings field takes: the schema below and the
 * client's forms (src/features/meetings/forms.ts, the sheets' maxLength) both read these.
 */
export const MEETING_LIMITS = {
  title: 50,
  place: 50,
  name: 20,
  topicTitle: 50,
  topicContent: 500,
  reviewReason: 200,
  notes: 2000,
  decision: 500,
  progressNote: 500,
} as const;

const text = (max: number) => z.string().trim().min(1, '请填写内容').max(max, `最多 ${max} 个字`);
const instantSchema = z.iso.datetime({ offset: true, message: '时间格式不正确' });
/** A due date is a calendar day (China time); it is due at the end of that day. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A "YYYY-MM-DD" that names a day that exists (not 2025-02-30). */
export function isRealDay(d: string): boolean {
  const at = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === d;
}
const daySchema = z.string().regex(DAY_PATTERN, '日期格式应为 YYYY-MM-DD').refine(isRealDay, '日期不存在');
const meetingRef = { meetingId: idSchema };

/**
 * 签到码: what the host's QR code encodes and what an attendee may type instead (H5, or a camera
 * that will not focus). 6 characters of an alphabet with no look-alikes (no 0/O, 1/I/L), so an
 * elder can read it aloud; it changes every minute (domain/meetings/attendance.ts) and the one of
 * the minute before still counts. Typed text is upper-cased and stripped of spaces before sending.
 */
export const SIGN_IN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SIGN_IN_CODE_LENGTH = 6;
export const SIGN_IN_CODE_PERIOD_MS = 60_000;
export const normalizeSignInCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();
const signInCodeSchema = z
  .string()
  .regex(new RegExp(`^[${SIGN_IN_CODE_ALPHABET}]{${SIGN_IN_CODE_LENGTH}}$`), '签到码是 6 位字母或数字');

export const meetingsEventSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('create'),
      type: z.enum(MEETING_TYPES),
      title: text(MEETING_LIMITS.title),
      startsAt: instantSchema,
      place: text(MEETING_LIMITS.place),
      gridId: idSchema.optional(),
      name: text(MEETING_LIMITS.name).optional(),
    })
    .strict()
    .refine((e) => (e.type === 'other') === Boolean(e.name), {
      message: '其他议事需要填写名称（如凉亭议事会），其余类型不填',
      path: ['name'],
    }),
  z
    .object({
      action: z.literal('propose'),
      meetingId: idSchema.optional(),
      title: text(MEETING_LIMITS.topicTitle),
      content: text(MEETING_LIMITS.topicContent),
    })
    .strict(),
  z
    .object({
      action: z.literal('review'),
      topicId: idSchema,
      accept: z.boolean(),
      reason: text(MEETING_LIMITS.reviewReason).optional(),
      meetingId: idSchema.optional(),
    })
    .strict()
    .refine((e) => e.accept || e.reason, { message: '不采纳时请填写原因', path: ['reason'] })
    .refine((e) => e.accept || !e.meetingId, { message: '不采纳的议题不能列入会议', path: ['meetingId'] }),
  z.object({ action: z.literal('advance'), ...meetingRef }).strict(),
  /** 签到 by the host's current code (scanned or typed). */
  z.object({ action: z.literal('attend'), ...meetingRef, code: signInCodeSchema }).strict(),
  /** 点名: whoever runs the meeting ticks a person present. */
  z.object({ action: z.literal('roll'), ...meetingRef, userId: idSchema }).strict(),
  /** 点名 list: the people of one building of the meeting's scope, for whoever runs it. */
  z.object({ action: z.literal('rollPeople'), ...meetingRef, buildingId: idSchema }).strict(),
  /** The host's current sign-in code, for the QR code on their screen. */
  z.object({ action: z.literal('signInCode'), ...meetingRef }).strict(),
  /** 会议纪要: the read-only page a share opens. */
  z.object({ action: z.literal('minutes'), ...meetingRef }).strict(),
  z
    .object({ action: z.literal('record'), ...meetingRef, topicId: idSchema, notes: text(MEETING_LIMITS.notes) })
    .strict(),
  z
    .object({
      action: z.literal('decide'),
      ...meetingRef,
      topicId: idSchema,
      decision: text(MEETING_LIMITS.decision),
      ownerId: idSchema,
      dueDate: daySchema,
      /** Also open a work order (受理自办类) for it, of this category; its status then shows on the decision. */
      orderCategory: z.enum(CATEGORIES).optional(),
      /** Where that order is: one building, or a whole grid (exactly one, and only with a category). */
      orderBuildingId: idSchema.optional(),
      orderGridId: idSchema.optional(),
    })
    .strict()
    .refine((e) => !e.orderCategory || Boolean(e.orderBuildingId) !== Boolean(e.orderGridId), {
      message: '生成工单时请选择一个楼栋或网格作为地点',
      path: ['orderBuildingId'],
    })
    .refine((e) => e.orderCategory || (!e.orderBuildingId && !e.orderGridId), {
      message: '不生成工单时不选地点',
      path: ['orderCategory'],
    }),
  z.object({ action: z.literal('publish'), ...meetingRef }).strict(),
  z
    .object({
      action: z.literal('progress'),
      decisionId: idSchema,
      note: text(MEETING_LIMITS.progressNote),
      done: z.boolean().optional(),
    })
    .strict(),
  z.object({ action: z.literal('get'), ...meetingRef }).strict(),
  z.object({ action: z.literal('list'), cursor: cursorSchema.optional() }).strict(),
  z.object({ action: z.literal('board'), cursor: cursorSchema.optional() }).strict(),
  z.object({ action: z.literal('topics'), status: z.enum(TOPIC_STATUSES).optional() }).strict(),
]);
export type MeetingsEvent = z.infer<typeof meetingsEventSchema>;

/** What callers see. Dates are ISO strings; `overdue` is computed on every read. */
export interface MeetingView {
  _id: string;
  type: MeetingType;
  typeLabel: string;
  name?: string;
  title: string;
  startsAt: string;
  place: string;
  gridId?: string;
  hostName: string;
  step: MeetingStep;
  stepLabel: string;
  steps: { step: MeetingStep; label: string }[];
  publishedAt?: string;
  createdAt: string;
}

export interface TopicView {
  _id: string;
  meetingId?: string;
  title: string;
  content: string;
  proposerName: string;
  status: TopicStatus;
  reason?: string;
  notes?: string;
  /** Set when the topic came from a 转交办理类 work order (and the viewer may read it in full). */
  orderId?: string;
  /**
   * A topic born from a resident's order, shown to someone who may not read it in full
   * (domain/meetings/permissions.ts mayReadOrderTopic): a summary with no name, room or complaint.
   */
  masked?: boolean;
  createdAt: string;
}

export interface ProgressView {
  at: string;
  actorName: string;
  note: string;
  done: boolean;
}

export interface DecisionView {
  _id: string;
  meetingId: string;
  meetingTitle: string;
  topicId: string;
  topicTitle: string;
  decision: string;
  /** the owner's user id: their own decisions show 报告进展 and 到期提醒 to them */
  ownerId: string;
  ownerName: string;
  dueDate: string;
  published: boolean;
  done: boolean;
  overdue: boolean;
  progress: ProgressView[];
  /** The work order this decision opened, and where it stands now. */
  orderId?: string;
  orderStatus?: OrderStatus;
}

export type AttendanceVia = 'code' | 'roll';
export const ATTENDANCE_VIA_LABELS: Record<AttendanceVia, string> = { code: '扫码', roll: '点名' };

export interface AttendeeView {
  userId: string;
  name: string;
  at: string;
  via?: AttendanceVia;
}

export interface MeetingDetail {
  meeting: MeetingView;
  topics: TopicView[];
  decisions: DecisionView[];
  /** Whoever runs the meeting: everyone who signed in; others: only themselves, if they did. */
  attendees: AttendeeView[];
  attendeeCount: number;
}

/**
 * 会议纪要: the read-only page a share opens (who may open it is who may see the meeting): accepted
 * topics with their notes, published decisions, and how many attended (names for those who run it).
 */
export interface MeetingMinutes {
  meeting: MeetingView;
  topics: TopicView[];
  decisions: DecisionView[];
  attendeeCount: number;
  attendees: AttendeeView[];
}

/** A person on the 点名 list of one building. */
export interface RollPerson {
  userId: string;
  name: string;
  room: string;
  signedIn: boolean;
}

/** The host's QR code: the current code, when the next one is due, and the sign-in window. */
export interface SignInCodeView {
  code: string;
  refreshAt: string;
  opensAt: string;
  closesAt: string;
}

/**
 * The answer of an action on a meeting (推进, 签到, 记录, 决策, 公布, 进展, a topic proposed to it):
 * its record, and the meeting as its page shows it afterwards, so the page fetches nothing again.
 * `detail` is absent only if reading it failed after the action was done.
 */
export type WithDetail<T> = T & { detail?: MeetingDetail };
