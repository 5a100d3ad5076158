/**
 * 在职党员报到 (issue 14): a party member who works in a 共建单位 (a unit: 机关, 企事业单位…) registers
 * with the community they live in; the community admin confirms. The registration is the record
 * other features read: the 召集令 reaches confirmed members with a skill, and hours credited to a
 * member count for their unit (hour_entries.unitId = the registration's unitId).
 *
 * Collection `member_registrations`, `_id` = `${communityId}_${userId}` (one per person per community,
 * so a double submit cannot make two). Collection `units`: the 共建单位 and the communities it pairs with.
 * Tables are data (value, label): the client and the functions read the same words.
 */
import { z } from 'zod';
import { idSchema } from './roles';
import { skillSchema } from './skills';

export const MEMBER_STATUSES = ['pending', 'confirmed', 'rejected', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  pending: '待审核',
  confirmed: '已报到',
  rejected: '未通过',
  left: '已离开',
};

/**
 * 可服务时间: when a member can serve. 错时服务 ("让群众下班后、周末都能办事") is why the evenings and
 * weekends are their own slots. A 召集令 can match a slot against its time.
 */
export const TIME_SLOTS = ['weekday_day', 'weekday_evening', 'saturday', 'sunday', 'holiday'] as const;
export type TimeSlot = (typeof TIME_SLOTS)[number];
export const timeSlotSchema = z.enum(TIME_SLOTS);
export const TIME_SLOT_LABELS: Record<TimeSlot, string> = {
  weekday_day: '工作日白天',
  weekday_evening: '工作日晚上',
  saturday: '周六',
  sunday: '周日',
  holiday: '节假日',
};

export const UNIT_KINDS = ['organ', 'institution', 'enterprise', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  organ: '机关',
  institution: '事业单位',
  enterprise: '企业',
  other: '其他',
};

export const MEMBER_LIMITS = { partyOrg: 40, skillsNote: 100, rejectReason: 100, unitName: 40 } as const;

const date = z.coerce.date();

/** A stored registration (collection member_registrations). */
export const memberRegistrationSchema = z.object({
  _id: z.string(),
  communityId: z.string(),
  userId: z.string(),
  /** The member's name when they registered (lists show it without reading users). */
  name: z.string(),
  /** The 共建单位 (units._id) they serve for. */
  unitId: z.string(),
  /** 所在党组织, e.g. 县财政局机关党支部. */
  partyOrg: z.string(),
  skills: z.array(skillSchema),
  skillsNote: z.string(),
  availableTimes: z.array(timeSlotSchema),
  status: z.enum(MEMBER_STATUSES),
  createdAt: date,
  confirmedAt: date.optional(),
  /** The admin (userId) who confirmed or rejected it. */
  confirmedBy: z.string().optional(),
  rejectReason: z.string().optional(),
});
export type MemberRegistration = z.infer<typeof memberRegistrationSchema>;

export const registrationId = (communityId: string, userId: string): string => `${communityId}_${userId}`;

/** A stored 共建单位 (collection units). */
export const unitSchema = z.object({
  _id: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  /** The communities it pairs with (结对共建); its members may register in these only. */
  communityIds: z.array(z.string()),
  createdAt: date.optional(),
});
export type Unit = z.infer<typeof unitSchema>;

/** What a member fills in (报到表). */
export const registrationInputSchema = z
  .object({
    unitId: idSchema,
    partyOrg: z.string().trim().min(2, '请填写所在党组织').max(MEMBER_LIMITS.partyOrg, '党组织名称太长'),
    skills: z.array(skillSchema).max(11).default([]),
    skillsNote: z.string().trim().max(MEMBER_LIMITS.skillsNote, '特长说明最多 100 字').default(''),
    availableTimes: z.array(timeSlotSchema).min(1, '请至少选择一个可服务时间').max(TIME_SLOTS.length),
  })
  .strict();
export type RegistrationInput = z.infer<typeof registrationInputSchema>;
