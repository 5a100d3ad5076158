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
  z.object({ action: z.literal('members.list'), cursor: cursorSchema.optional() }).strict(),
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
  roles: z.array(roleGrantSchema),
  community: communitySummarySchema,
});
export type LoginResult = z.infer<typeof loginResultSchema>;

/**
 * The home screen (工作台) in one call: who one is (as login), the name of one's building, one's
 * points, and how many of the notices on the first page of 楼栋通知 one has not opened (`more`: that
 * whole page is unread and more follow, shown as "20+").
 */
export const homeResultSchema = loginResultSchema.extend({
  buildingName: z.string(),
  points: accountViewSchema,
  unreadNotices: z.object({ count: z.number().int().nonnegative(), more: z.boolean() }),
  /** The community's grids and buildings (names only), so no screen after the home asks org.tree. */
  org: orgTreeSchema,
});
export type HomeResult = z.infer<typeof homeResultSchema>;

/** A member as an admin sees them when managing roles. */
export const memberSchema = publicUserSchema.extend({ roles: z.array(roleGrantSchema) });
export type Member = z.infer<typeof memberSchema>;
