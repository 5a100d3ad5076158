/**
 * Function `party` (issue 14): 在职党员报到, the 1+X commitment and the 反馈卡. Events, answers and
 * the 1+X table. The registration and unit records themselves are in types/members.ts.
 *
 * The 1+X commitment runs per quarter (季度, "2026-Q4"): each confirmed member joins at least one
 * activity, pairs with one household (结对), lights one 微心愿 and gives one suggestion (建议) in it.
 * The 反馈卡 is per member per quarter, signed off by the community before the unit sees it.
 */
import { z } from 'zod';
import { cursorSchema } from './cursor';
import { idSchema } from './roles';
import {
  MEMBER_STATUSES,
  UNIT_KINDS,
  registrationInputSchema,
  type MemberStatus,
  type TimeSlot,
  type UnitKind,
} from './members';
import type { Skill } from './skills';

export const COMMITMENT_KINDS = ['activity', 'pairing', 'wish', 'suggestion'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export const COMMITMENT_LABELS: Record<CommitmentKind, string> = {
  activity: '参加一次活动',
  pairing: '结对一户居民',
  wish: '点亮一个微心愿',
  suggestion: '提出一条建议',
};
export type CommitmentCounts = Record<CommitmentKind, number>;

export const PARTY_LIMITS = { suggestion: 300, remark: 300 } as const;

/** A quarter, China time: "2026-Q4". */
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, '时段应为季度，如 2026-Q4');

/** A signed 反馈卡's id: `${communityId}_${userId}_${period}`. */
export const cardIdOf = (communityId: string, userId: string, period: string): string =>
  `${communityId}_${userId}_${period}`;
export const cardIdSchema = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[A-Za-z0-9_-]+_\d{4}-Q[1-4]$/, '反馈卡编号不正确');

export const partyEventSchema = z.discriminatedUnion('action', [
  /** The 共建单位 paired with the caller's community (the 报到 form's choices). */
  z.object({ action: z.literal('units') }).strict(),
  /** 报到: once per person per community; again only after a rejection. */
  registrationInputSchema.extend({ action: z.literal('register') }).strict(),
  /** The caller's registration, and when confirmed their 1+X progress in the period (this quarter by default). */
  z.object({ action: z.literal('mine'), period: quarterSchema.optional() }).strict(),
  /** 建议: a confirmed member's suggestion to the community; `requestId` makes a retry count once. */
  z
    .object({
      action: z.literal('suggest'),
      text: z.string().trim().min(2, '建议至少 2 个字').max(PARTY_LIMITS.suggestion, '建议最多 300 字'),
      requestId: idSchema,
    })
    .strict(),
  /** 报到审核 (community admin): registrations in a status, 20 a page. */
  z
    .object({ action: z.literal('review.list'), status: z.enum(MEMBER_STATUSES), cursor: cursorSchema.optional() })
    .strict(),
  /** Confirm or reject (with a reason) a pending registration. */
  z
    .object({
      action: z.literal('review.decide'),
      userId: idSchema,
      decision: z.enum(['confirm', 'reject']),
      reason: z.string().trim().max(100, '理由最多 100 字').optional(),
    })
    .strict(),
  /** One member for the admin: registration, 1+X progress in the period, 结对, 反馈卡. */
  z.object({ action: z.literal('member.get'), userId: idSchema, period: quarterSchema }).strict(),
  /** 结对 (community admin): pair a confirmed member with a household (a verified resident) this quarter. */
  z.object({ action: z.literal('pair'), userId: idSchema, householdId: idSchema }).strict(),
  /** The admin writes the community's remark and signs the member's 反馈卡 off; then the unit sees it. */
  z
    .object({
      action: z.literal('card.sign'),
      userId: idSchema,
      period: quarterSchema,
      remark: z.string().trim().min(2, '请填写社区评语').max(PARTY_LIMITS.remark, '评语最多 300 字'),
    })
    .strict(),
  /** 共建单位 (unit_admin): the units they hold, with hours totals. */
  z.object({ action: z.literal('unit.overview') }).strict(),
  /** The unit's confirmed members with their hours, 20 a page. */
  z.object({ action: z.literal('unit.members'), unitId: idSchema, cursor: cursorSchema.optional() }).strict(),
  /** The unit's signed 反馈卡, newest first, 20 a page. */
  z.object({ action: z.literal('card.list'), unitId: idSchema, cursor: cursorSchema.optional() }).strict(),
  /** A signed 反馈卡 as Word, built into the caller's own folder; a link for them alone. */
  z.object({ action: z.literal('card.file'), cardId: cardIdSchema }).strict(),
  /** Operator only (no OPENID): create or update a unit and its communities; optionally make someone its admin. */
  z
    .object({
      action: z.literal('unit.setup'),
      unitId: idSchema,
      name: z.string().trim().min(2).max(40),
      kind: z.enum(UNIT_KINDS),
      communityIds: z.array(idSchema).min(1).max(50),
      adminOpenid: z.string().min(1).max(64).optional(),
    })
    .strict(),
]);
export type PartyEvent = z.infer<typeof partyEventSchema>;

export interface UnitView {
  _id: string;
  name: string;
  kind: UnitKind;
}

export interface RegistrationView {
  _id: string;
  userId: string;
  communityId: string;
  name: string;
  unitId: string;
  unitName: string;
  partyOrg: string;
  skills: Skill[];
  skillsNote: string;
  availableTimes: TimeSlot[];
  status: MemberStatus;
  createdAt: string;
  rejectReason?: string;
}

export interface ProgressView {
  period: string;
  periodLabel: string;
  items: { kind: CommitmentKind; count: number; met: boolean }[];
  met: number;
  total: number;
  /** Volunteer hours in the period (all sources). */
  minutes: number;
}

/** The household a member is paired with — for the member and the admin only (never the unit). */
export interface PairingView {
  householdName: string;
  buildingName: string;
  room: string;
  period: string;
}

export interface CardView {
  _id: string;
  communityId: string;
  communityName: string;
  userId: string;
  memberName: string;
  unitId: string;
  unitName: string;
  period: string;
  periodLabel: string;
  totalMinutes: number;
  remark: string;
  signedAt: string;
}

export interface MineView {
  registration: RegistrationView | null;
  progress?: ProgressView;
  pairing?: PairingView;
}

export interface MemberDetail {
  registration: RegistrationView;
  progress: ProgressView;
  /** The member's 建议 in the period (at most 20), for the community to read. */
  suggestions: { text: string; at: string }[];
  pairing?: PairingView;
  card?: CardView;
}

export interface UnitOverview {
  units: (UnitView & { communities: { _id: string; name: string }[]; totalMinutes: number })[];
}

export interface UnitMemberRow {
  /** the registration's id */
  _id: string;
  userId: string;
  communityId: string;
  communityName: string;
  name: string;
  partyOrg: string;
  skills: Skill[];
  totalMinutes: number;
}
