/** Shapes of stored documents, parsed on every read. */
import { z } from 'zod';
import { placeInputSchema } from '../../types/places';
import { roleGrantSchema } from '../../types/roles';
import { ADDRESS_STATUSES } from '../../types/user';

export const communityDoc = z.object({
  _id: z.string(),
  name: z.string(),
  /** New openids join the community that accepts newcomers (one per deployment, by default). */
  acceptsNewResidents: z.boolean().optional(),
  /** Per-feature settings, each parsed by the function that uses it (e.g. settings.orders). */
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type CommunityDoc = z.infer<typeof communityDoc>;

/** Grids and buildings are listed in the order they were created (the demo's 网格一 before 网格二). */
const createdAt = z.coerce.date().optional();

export const gridDoc = z.object({ _id: z.string(), communityId: z.string(), name: z.string(), createdAt });
export type GridDoc = z.infer<typeof gridDoc>;

export const buildingDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  gridId: z.string(),
  name: z.string(),
  createdAt,
});
export type BuildingDoc = z.infer<typeof buildingDoc>;

export const userDoc = z.object({
  _id: z.string(),
  openid: z.string(),
  communityId: z.string(),
  name: z.string(),
  phone: z.string(),
  buildingId: z.string(),
  room: z.string(),
  grants: z.array(roleGrantSchema),
  /** The claimed address's 认证 (domain/residence.ts); absent on records placed before the rule. */
  addressStatus: z.enum(ADDRESS_STATUSES).optional(),
  /** Prefixes of the name, its pinyin and initials, for 人员管理's search (user/search-keys.ts). */
  searchKeys: z.array(z.string()).optional(),
});
export type UserDoc = z.infer<typeof userDoc>;

/** An invitation to join (collection `invitations`, `_id` = the code); `buildingId` '' for the community's. */
export const invitationDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  buildingId: z.string(),
  createdBy: z.string(),
  active: z.boolean(),
});
export type InvitationDoc = z.infer<typeof invitationDoc>;

/** A 服务阵地 as stored: what staff enter (types/places.ts) and, for a 商家, the merchants function's fields. */
export const placeDoc = placeInputSchema.extend({
  _id: z.string(),
  communityId: z.string(),
  // 商家 (merchants function): who runs it, 社区信得过, and the merchant's own introduction
  merchantId: z.string().optional(),
  trusted: z.boolean().optional(),
  description: z.string().optional(),
  createdAt: z.coerce.date().optional(),
  updatedAt: z.coerce.date().optional(),
});
export type PlaceDoc = z.infer<typeof placeDoc>;
