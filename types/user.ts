/** Schemas of the `user` function: events in, results out. Shared by the client and the function. */
import { z } from 'zod';
import { cursorSchema } from './cursor';
import { idSchema, roleGrantSchema, roleSchema, scopeSchema } from './roles';
import { accountViewSchema } from './points';
import { orgTreeSchema } from './org';

const chineseName = z.string().trim().min(1, '请填写姓名').max(20, '姓名最多 20 个字');
/** Mainland mobile numbers: 11 digits starting with 1. */
export const phoneSchema = z.string().regex(/^1\d{10}$/, '手机号应为 11 位数字');
export const roomSchema = z
  .string()
  .trim()
  .min(1)
  .max(10)
  .regex(/^[0-9A-Za-z-]+$/, '房号只能含数字、字母和 -');

/** Where a person's claimed address stands (domain/residence.ts: whose address counts). */
export const ADDRESS_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type AddressStatus = (typeof ADDRESS_STATUSES)[number];
export const addressStatusViewSchema = z.enum(['none', ...ADDRESS_STATUSES]);

/** An invitation code: what a QR code or a shared link carries (random, not guessable). */
export const inviteCodeSchema = z.string().regex(/^[A-Za-z0-9]{8,16}$/, '邀请码不正确');

/** The page an invitation opens (a shared card, a 小程序码's page, the H5 link). */
export const JOIN_PAGE = 'packages/profile/join/index';

export const userEventSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('login') }).strict(),
  /** The home screen in one call: login's answer and what the home shows beside it. */
  z.object({ action: z.literal('home') }).strict(),
  z
    .object({
      action: z.literal('profile.update'),
      name: chineseName,
      phone: phoneSchema,
      buildingId: idSchema,
      room: roomSchema,
    })
    .strict(),
  z.object({ action: z.literal('roles.grant'), userId: idSchema, role: roleSchema, scope: scopeSchema }).strict(),
  z.object({ action: z.literal('roles.revoke'), userId: idSchema, role: roleSchema, scope: scopeSchema }).strict(),
  /** Members, 20 a page; with `q`, those whose name starts with it, or its pinyin or initials (zs → 张三). */
  z
    .object({
      action: z.literal('members.list'),
      cursor: cursorSchema.optional(),
      q: z.string().trim().min(1).max(20).optional(),
    })
    .strict(),
  /** A newcomer joins by an invitation code, or by picking a community that accepts newcomers. */
  z
    .object({ action: z.literal('join'), invite: inviteCodeSchema.optional(), communityId: idSchema.optional() })
    .strict(),
  /** The communities a newcomer may pick (names only). */
  z.object({ action: z.literal('communities.list'), cursor: cursorSchema.optional() }).strict(),
  /** What an invitation is for (community and building names), before joining. */
  z.object({ action: z.literal('invite.peek'), invite: inviteCodeSchema }).strict(),
  /** The invitation to share: the community's (admins) or a building's (admins, its 楼栋长). */
  z.object({ action: z.literal('invites.create'), buildingId: idSchema.optional() }).strict(),
  /** The 认证 queue: claims waiting in the caller's buildings (楼栋长) or community (admin). */
  z.object({ action: z.literal('residents.pending'), cursor: cursorSchema.optional() }).strict(),
  /** 认证 or reject one claim, exactly as the verifier saw it (building and room). */
  z
    .object({
      action: z.literal('resident.verify'),
      userId: idSchema,
      buildingId: idSchema,
      room: z.string().max(10),
      decision: z.enum(['confirm', 'reject']),
    })
    .strict(),
]);
export type UserEvent = z.infer<typeof userEventSchema>;

export const publicUserSchema = z.object({
  _id: z.string(),
  name: z.string(),
  phone: z.string(),
  buildingId: z.string(),
  room: z.string(),
});
export type PublicUser = z.infer<typeof publicUserSchema>;

export const communitySummarySchema = z.object({ _id: z.string(), name: z.string() });
export type CommunitySummary = z.infer<typeof communitySummarySchema>;

export const loginResultSchema = z.object({
  user: publicUserSchema,
  /** Whether the claimed building and room are confirmed (认证); until then they grant nothing. */
  addressStatus: addressStatusViewSchema.optional(),
  roles: z.array(roleGrantSchema),
  community: communitySummarySchema,
});
export type LoginResult = z.infer<typeof loginResultSchema>;

/**
 * The home screen (工作台) in one call: who one is (as login), the name of one's building, one's
 * points, and how many of the notices on the first page of 楼栋通知 one has not opened (`more`: that
 * whole page is unread and more follow, shown as "20+").
 */
/** How many orders wait on the 工作台's work tiles this person has (absent: not their tile). */
export const workCountsSchema = z.object({
  grabHall: z.number().int().nonnegative().optional(),
  dispatch: z.number().int().nonnegative().optional(),
  rectify: z.number().int().nonnegative().optional(),
  /** a department's open transfers (已转交 and 办理中) */
  transfers: z.number().int().nonnegative().optional(),
});
export type WorkCounts = z.infer<typeof workCountsSchema>;

export const homeResultSchema = loginResultSchema.extend({
  buildingName: z.string(),
  points: accountViewSchema,
  unreadNotices: z.object({ count: z.number().int().nonnegative(), more: z.boolean() }),
  /** The community's grids and buildings (names only), so no screen after the home asks org.tree. */
  org: orgTreeSchema,
  work: workCountsSchema,
});
export type HomeResult = z.infer<typeof homeResultSchema>;

/** A member as an admin sees them when managing roles. */
export const memberSchema = publicUserSchema.extend({
  roles: z.array(roleGrantSchema),
  addressStatus: addressStatusViewSchema.optional(),
});
export type Member = z.infer<typeof memberSchema>;

/** An invitation as its sharer sees it: the code and the page it opens. */
export const invitationSchema = z.object({
  code: z.string(),
  communityName: z.string(),
  buildingId: z.string(),
  buildingName: z.string(),
  /** The mini-program page with the code (a share card's path, the H5 link). */
  path: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What an invitation is for, as a newcomer sees it before joining. */
export const invitePeekSchema = invitationSchema.pick({ communityName: true, buildingName: true });
export type InvitePeek = z.infer<typeof invitePeekSchema>;

/** A claim in the 认证 queue. The verifier needs the phone to check who it is. */
export const pendingResidentSchema = publicUserSchema.extend({ buildingName: z.string() });
export type PendingResident = z.infer<typeof pendingResidentSchema>;
