/** Where the points pages live (app.config.ts subpackages). Pure: the workbench tiles use these too. */
export const POINTS_PAGES = {
  mine: '/packages/points/mine/index',
  mall: '/packages/points/mall/index',
  redemptions: '/packages/points/redemptions/index',
  board: '/packages/points/board/index',
  admin: '/packages/admin/points/index',
  items: '/packages/admin/items/index',
  verify: '/packages/admin/verify/index',
} as const;

/** A member's ledger for an admin (加分, 冲正); the name rides along for the title. */
export const memberPointsUrl = (userId: string, name: string): string =>
  `/packages/admin/member-points/index?id=${encodeURIComponent(userId)}&name=${encodeURIComponent(name)}`;
