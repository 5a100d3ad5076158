/**
 * 活动清单 / 服务清单 with 召集令 (issue 14): staff publish an activity or a service with its time,
 * place, capacity, the skills it calls for and the points it earns; people sign up (capacity holds
 * under races), check in and out with the host's rotating code, and the host closes it by awarding
 * points (and the hours of anyone not checked out) to all who came. Tables are data (value, label).
 */
import { z } from 'zod';
import { idSchema } from './roles';
import { cursorSchema } from './cursor';
import { POINT_AREAS, type PointArea } from './points';
import { skillSchema, type Skill } from './skills';
import { SIGN_IN_CODE_ALPHABET, SIGN_IN_CODE_LENGTH } from './meetings';

/** 活动 (people take part) or 服务 (people are served by volunteers): the two lists the seeds name. */
export const ACTIVITY_KINDS = ['activity', 'service'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = { activity: '活动', service: '服务' };

export const ACTIVITY_CATEGORIES = [
  'volunteer',
  'party_study',
  'culture',
  'environment',
  'elderly',
  'mediation',
  'health',
  'convenience',
  'safety',
  'other',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];
export const ACTIVITY_CATEGORY_TABLE: Record<ActivityCategory, { label: string; area: PointArea }> = {
  volunteer: { label: '志愿服务', area: 'volunteer' },
  party_study: { label: '党课学习', area: 'public_service' },
  culture: { label: '文体活动', area: 'virtue' },
  environment: { label: '环境整治', area: 'environment' },
  elderly: { label: '助老助残', area: 'mutual_aid' },
  mediation: { label: '矛盾调解', area: 'governance' },
  health: { label: '健康义诊', area: 'public_service' },
  convenience: { label: '便民服务', area: 'public_service' },
  safety: { label: '平安巡逻', area: 'safety' },
  other: { label: '其他', area: 'other' },
};

export const ACTIVITY_LIMITS = {
  title: 30,
  description: 300,
  place: 40,
  capacity: 500,
  points: 100,
  /** An activity lasts at most a day: hours are credited per attendance, at most 24 h (types/hours.ts). */
  maxLengthMinutes: 24 * 60,
  pageSize: 20,
} as const;

/** Check-in opens 30 min before the start and closes at the end; check-out stays open 2 h after the end. */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
export const CHECK_OUT_GRACE_MS = 2 * 3600_000;

const instantSchema = z.iso.datetime({ offset: true, message: '时间格式不正确' });
const text = (max: number, what: string) =>
  z.string().trim().min(1, `请填写${what}`).max(max, `${what}最多 ${max} 个字`);

/** 召集令: "需要 3 名会调解的党员" — the skills wanted and how many people. */
export const callUpSchema = z
  .object({
    skills: z.array(skillSchema).min(1, '请选择需要的能力').max(5),
    count: z.number().int().min(1).max(ACTIVITY_LIMITS.capacity),
  })
  .strict();
export type CallUp = z.infer<typeof callUpSchema>;

export const activityInputSchema = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    category: z.enum(ACTIVITY_CATEGORIES),
    title: text(ACTIVITY_LIMITS.title, '标题'),
    description: z.string().trim().max(ACTIVITY_LIMITS.description, '说明最多 300 个字').optional(),
    startAt: instantSchema,
    endAt: instantSchema,
    /** Free text, or one of the community's 服务阵地 (its name is shown). */
    place: text(ACTIVITY_LIMITS.place, '地点'),
    placeId: idSchema.optional(),
    capacity: z.number().int().min(1, '名额至少 1 人').max(ACTIVITY_LIMITS.capacity, '名额最多 500 人'),
    /** 报名截止 (withdrawing too); the start when absent. */
    signUpBy: instantSchema.optional(),
    points: z.number().int().min(0).max(ACTIVITY_LIMITS.points, '积分最多 100'),
    area: z.enum(POINT_AREAS).optional(),
    callUp: callUpSchema.optional(),
  })
  .strict();
export type ActivityInput = z.infer<typeof activityInputSchema>;

export const activityCodeSchema = z
  .string()
  .regex(new RegExp(`^[${SIGN_IN_CODE_ALPHABET}]{${SIGN_IN_CODE_LENGTH}}$`), '签到码是 6 位字母或数字');

const activityId = idSchema;
export const activitiesEventSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('publish'), activity: activityInputSchema }).strict(),
  /** upcoming: not yet ended, soonest end first; past: ended, latest first. */
  z
    .object({
      action: z.literal('list'),
      when: z.enum(['upcoming', 'past']),
      kind: z.enum(ACTIVITY_KINDS).optional(),
      category: z.enum(ACTIVITY_CATEGORIES).optional(),
      cursor: cursorSchema.optional(),
    })
    .strict(),
  z.object({ action: z.literal('get'), activityId }).strict(),
  z.object({ action: z.literal('signup'), activityId }).strict(),
  z.object({ action: z.literal('withdraw'), activityId }).strict(),
  z.object({ action: z.literal('checkIn'), activityId, code: activityCodeSchema }).strict(),
  z.object({ action: z.literal('checkOut'), activityId, code: activityCodeSchema }).strict(),
  /** The host's screen: the code now and when it changes. */
  z.object({ action: z.literal('code'), activityId }).strict(),
  /** The host's roll: who signed up, with their times (names: the host needs them to tick). */
  z.object({ action: z.literal('roster'), activityId, cursor: cursorSchema.optional() }).strict(),
  /** 点名: mark a signed-up person present, with times inside the activity (default: all of it). */
  z
    .object({
      action: z.literal('roll'),
      activityId,
      userId: idSchema,
      checkInAt: instantSchema.optional(),
      checkOutAt: instantSchema.optional(),
    })
    .strict(),
  /** 一键发放积分: after the end, points (and hours) to all who attended; idempotent. */
  z.object({ action: z.literal('award'), activityId }).strict(),
  /** Send the 召集令 again to members with the skill who have not signed up. */
  z.object({ action: z.literal('callUp'), activityId }).strict(),
  /** 我的时长: the caller's hours total and entries, newest first. */
  z.object({ action: z.literal('hours'), cursor: cursorSchema.optional() }).strict(),
  /**
   * 我的报名: what the caller is signed up for (withdrawn ones left out), `upcoming` (not yet ended,
   * soonest end first) or `past` (ended, latest first), each with its activity and 我的状态.
   */
  z.object({ action: z.literal('mine'), when: z.enum(['upcoming', 'past']), cursor: cursorSchema.optional() }).strict(),
]);
export type ActivitiesEvent = z.infer<typeof activitiesEventSchema>;

export const SIGNUP_STATUSES = ['signed', 'withdrawn'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];
export type AttendVia = 'code' | 'roll' | 'auto';

/** Where a person stands with an activity they signed up for (我的报名), by domain/activities/rules.ts signupStateOf. */
export const SIGNUP_STATES = ['signed', 'checked_in', 'checked_out', 'absent'] as const;
export type SignupState = (typeof SIGNUP_STATES)[number];
export const SIGNUP_STATE_LABELS: Record<SignupState, string> = {
  signed: '已报名',
  checked_in: '已签到',
  checked_out: '已签退',
  absent: '缺席',
};

/** One row of 我的报名: the activity, the sign-up, and where the person stands. */
export interface MySignupView {
  /** The sign-up's id (the activity and the person). */
  _id: string;
  activity: ActivityView;
  signup: SignupView;
  state: SignupState;
  stateLabel: string;
}

/** A person's sign-up as they (or the host) see it. */
export interface SignupView {
  userId: string;
  status: SignupStatus;
  signedAt: string;
  checkInAt?: string;
  checkOutAt?: string;
  /** Hours credited for this activity, in minutes (once checked out, or at the award). */
  minutes?: number;
  points?: number;
  absent?: boolean;
}

export interface ActivityView {
  _id: string;
  kind: ActivityKind;
  kindLabel: string;
  category: ActivityCategory;
  categoryLabel: string;
  title: string;
  description?: string;
  startAt: string;
  endAt: string;
  place: string;
  placeId?: string;
  capacity: number;
  signedUp: number;
  placesLeft: number;
  signUpBy: string;
  points: number;
  area: PointArea;
  callUp?: CallUp & { skillLabels: string[] };
  hostName: string;
  status: 'open' | 'closed';
  attendedCount: number;
}

export interface ActivityDetail {
  activity: ActivityView;
  mine?: SignupView;
  /** The caller hosts it (its publisher or a community admin): the host's buttons. */
  canHost: boolean;
}

export interface RosterRow extends SignupView {
  name: string;
}

export interface ActivityCodeView {
  code: string;
  refreshAt: string;
  opensAt: string;
  closesAt: string;
}

export interface AwardResult {
  awarded: number;
  pointsEach: number;
  absent: number;
  detail: ActivityDetail;
}

export interface HourEntryView {
  _id: string;
  minutes: number;
  source: string;
  sourceLabel: string;
  reason: string;
  at: string;
}

export interface HoursPage {
  totalMinutes: number;
  entryCount: number;
  items: HourEntryView[];
  nextCursor?: string;
}

export type { Skill };
