/** Schemas of the `org` function: the community's grids and buildings. */
import { z } from 'zod';
import { idSchema } from './roles';

const orgName = z.string().trim().min(1, '请填写名称').max(30, '名称最多 30 个字');

export const orgEventSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('tree') }).strict(),
  z.object({ action: z.literal('grid.add'), name: orgName }).strict(),
  z.object({ action: z.literal('grid.rename'), gridId: idSchema, name: orgName }).strict(),
  z.object({ action: z.literal('building.add'), gridId: idSchema, name: orgName }).strict(),
  z.object({ action: z.literal('building.rename'), buildingId: idSchema, name: orgName }).strict(),
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
