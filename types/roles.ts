/**
 * Roles and their scopes (DOMAIN.md, "Who uses it"). Tables are data: value, Chinese label, and the
 * kind of scope a grant of that role is bound to.
 */
import { z } from 'zod';

export const ROLES = [
  'resident',
  'building_leader',
  'grid_worker',
  'party_member',
  'property',
  'community_admin',
  'department',
  'merchant',
  // 街道: sees the 数据看板 of several communities (one grant per community), granted by the operator
  'street_admin',
  // 共建单位: a unit (机关, 企事业单位) whose in-service party members register in the communities it
  // pairs with; sees its own members, their hours and signed 反馈卡. Granted by the operator.
  'unit_admin',
] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export type ScopeKind = 'community' | 'grid' | 'building' | 'unit';

export const ROLE_TABLE: Record<Role, { label: string; scope: ScopeKind }> = {
  resident: { label: '居民', scope: 'building' },
  building_leader: { label: '楼栋长', scope: 'building' },
  grid_worker: { label: '网格员', scope: 'grid' },
  party_member: { label: '党员', scope: 'grid' },
  property: { label: '物业', scope: 'grid' },
  community_admin: { label: '社区管理员', scope: 'community' },
  department: { label: '职能部门', scope: 'community' },
  merchant: { label: '商家', scope: 'community' },
  street_admin: { label: '街道管理员', scope: 'community' },
  unit_admin: { label: '共建单位', scope: 'unit' },
};

/** Ids look like the cloud's: letters, digits, '-' and '_'. Rejecting anything else stops operator injection. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id 格式不正确');

/** A grant: role plus what it covers. Exactly one of the ids, matching the role's scope kind. */
export const scopeSchema = z
  .object({
    communityId: idSchema.optional(),
    gridId: idSchema.optional(),
    buildingId: idSchema.optional(),
    /** 共建单位 (units._id): the scope of a unit_admin grant, which spans the unit's communities. */
    unitId: idSchema.optional(),
  })
  .strict();
export type Scope = z.infer<typeof scopeSchema>;

export const roleGrantSchema = z.object({ role: roleSchema, scope: scopeSchema });
export type RoleGrant = z.infer<typeof roleGrantSchema>;
