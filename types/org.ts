/** Schemas of the `org` function: the community's grids and buildings. */
import { z } from 'zod';
import { idSchema } from './roles';
import { closingSettingsSchema } from './order-closing';

const orgName = z.string().trim().min(1, '请填写名称').max(30, '名称最多 30 个字');

export const orgEventSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('tree') }).strict(),
  z.object({ action: z.literal('grid.add'), name: orgName }).strict(),
  z.object({ action: z.literal('grid.rename'), gridId: idSchema, name: orgName }).strict(),
  z.object({ action: z.literal('building.add'), gridId: idSchema, name: orgName }).strict(),
  z.object({ action: z.literal('building.rename'), buildingId: idSchema, name: orgName }).strict(),
  /** A building moves to another grid of the community (its residents' orders follow new ones there). */
  z.object({ action: z.literal('building.move'), buildingId: idSchema, gridId: idSchema }).strict(),
  /** 回访期限 (issue 11.7): the working days to rate, and to confirm a 整改, before an order closes itself. */
  z.object({ action: z.literal('closing.get') }).strict(),
  closingSettingsSchema.extend({ action: z.literal('closing.set') }).strict(),
  /**
   * A new community and its first admin: only from the 云开发控制台 / CLI or the local command
   * (`npm run community:create`), which call without an OPENID; never from the mini-program.
   */
  z
    .object({
      action: z.literal('community.create'),
      name: orgName,
      adminOpenid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 格式不正确'),
      adminName: z.string().trim().min(1).max(20).optional(),
      acceptsNewResidents: z.boolean().optional(),
    })
    .strict(),
  /** 街道管理员 over several communities: only by the operator (`npm run street:grant`), like community.create. */
  z
    .object({
      action: z.literal('street.grant'),
      openid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'openid 格式不正确'),
      communityIds: z.array(idSchema).min(1).max(50),
      revoke: z.boolean().optional(),
    })
    .strict(),
]);
export type OrgEvent = z.infer<typeof orgEventSchema>;

export const buildingSchema = z.object({ _id: z.string(), name: z.string(), gridId: z.string() });
export const gridSchema = z.object({ _id: z.string(), name: z.string() });
export type Building = z.infer<typeof buildingSchema>;
export type Grid = z.infer<typeof gridSchema>;

export const orgTreeSchema = z.object({
  community: z.object({ _id: z.string(), name: z.string() }),
  grids: z.array(gridSchema.extend({ buildings: z.array(buildingSchema.pick({ _id: true, name: true })) })),
});
export type OrgTree = z.infer<typeof orgTreeSchema>;

export const createdCommunitySchema = z.object({
  community: z.object({ _id: z.string(), name: z.string() }),
  adminUserId: z.string(),
  /** The community's invitation code, to share with its residents (QR code / link). */
  invite: z.string(),
  /** false when the command ran before: the community and admin were already there. */
  created: z.boolean(),
});
export type CreatedCommunity = z.infer<typeof createdCommunitySchema>;
