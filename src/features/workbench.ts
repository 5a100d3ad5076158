/**
 * The 工作台 as data: what each role can do, as tiles. Pure — no Taro — so it is unit-tested alone.
 * Every tile opens a page that works: a feature not built yet has no tile.
 */
import { ROLE_TABLE, ROLES, type Role } from '../../types/roles';
import { ORDER_PAGES } from './orders/routes';
import { POINTS_PAGES } from './points/routes';
import { MEETING_PAGES } from './meetings/routes';
import { NOTICE_PAGES } from './notices/routes';
import { ACTIVITY_PAGES } from './activities/routes';
import { WISH_PAGES, wishListUrl } from './wishes/routes';
import type { WorkCounts } from '../../types/user';

export type TileIcon =
  | 'phone'
  | 'order'
  | 'list'
  | 'points'
  | 'notice'
  | 'meeting'
  | 'grab'
  | 'task'
  | 'dispatch'
  | 'all'
  | 'mall'
  | 'org'
  | 'post'
  | 'proxy'
  | 'transfer'
  | 'scan'
  | 'clock'
  | 'shopping'
  | 'board'
  | 'rectify'
  | 'grid'
  | 'place'
  | 'wish';

export interface Tile {
  key: string;
  title: string;
  desc: string;
  icon: TileIcon;
  /** The page it opens; only 一键发单 has none (the home files the order itself). */
  url?: string;
  /** Kept in 长辈模式, which shows fewer choices. */
  essential: boolean;
}

const tile = (key: string, title: string, desc: string, icon: TileIcon, essential: boolean, url?: string): Tile => ({
  key,
  title,
  desc,
  icon,
  essential,
  url,
});

/**
 * 一键发单: the big button that leads the resident's home. Not a grid tile and not a page: the home
 * files the order on the tap itself (with a few seconds to 撤回), then opens it.
 */
export const QUICK_ORDER: Tile = tile('quick-order', '一键发单', '按一下，网格员上门帮您', 'phone', true);

export const TILES = {
  order: tile('order', '我要点单', '说说您需要什么帮助', 'order', true, ORDER_PAGES.create),
  myOrders: tile('my-orders', '我的诉求', '看看办到哪一步了', 'list', true, ORDER_PAGES.mine),
  // 我的积分 leads to 爱心超市, 我的兑换 and 红榜 too, so 长辈模式 keeps it and drops those two.
  myPoints: tile('my-points', '我的积分', '积分余额与明细', 'points', true, POINTS_PAGES.mine),
  mall: tile('mall', '爱心超市', '用积分兑换生活用品', 'shopping', false, POINTS_PAGES.mall),
  board: tile('board', '红榜', '本月、本年积分排行', 'board', false, POINTS_PAGES.board),
  notices: tile('notices', '楼栋通知', '楼栋长发布的消息', 'notice', true, NOTICE_PAGES.list),
  // 议事 is where elders speak up most: 长辈模式 keeps 议事厅 (issue 11 point 10).
  meetings: tile('meetings', '议事厅', '社区大事一起商量', 'meeting', true, MEETING_PAGES.hall),
  grabHall: tile('grab-hall', '抢单大厅', '网格里待接的服务', 'grab', true, ORDER_PAGES.grabHall),
  myTasks: tile('my-tasks', '我的任务', '我接下的服务单', 'task', true, ORDER_PAGES.myTasks),
  dispatch: tile('dispatch', '派单台', '筛选、分类、派到网格', 'dispatch', true, ORDER_PAGES.dispatch),
  allOrders: tile('all-orders', '全部诉求', '社区所有诉求与进度', 'all', true, ORDER_PAGES.all),
  overdue: tile('overdue', '超时诉求', '超过时限还没办完的', 'clock', true, ORDER_PAGES.overdue),
  pointsAdmin: tile('points-admin', '积分管理', '加分、冲正、爱心超市商品', 'mall', false, POINTS_PAGES.admin),
  meetingsAdmin: tile('meetings-admin', '议事管理', '五步议事与会议记录', 'meeting', false, MEETING_PAGES.admin),
  orgTree: tile('org-tree', '组织架构', '网格与楼栋', 'org', false, '/packages/admin/org/index'),
  people: tile('people', '人员管理', '查找人员，设置身份', 'org', false, '/packages/admin/people/index'),
  // 认证: a newcomer's building and room count only once confirmed here (domain/residence.ts).
  verifyResidents: tile(
    'verify-residents',
    '居民认证',
    '邀请新居民，核实住址',
    'list',
    true,
    '/packages/admin/residents/index',
  ),
  postNotice: tile('post-notice', '发布通知', '给本楼栋发通知', 'post', true, NOTICE_PAGES.post),
  // 代办: the resident's registered building decides who may file for them (orders/submit.ts).
  proxyOrder: tile('proxy-order', '代办', '替不方便的邻居点单', 'proxy', true, ORDER_PAGES.proxy),
  gridOrders: tile('grid-orders', '网格诉求', '网格里所有诉求与进度', 'grid', true, ORDER_PAGES.gridOrders),
  rectify: tile('rectify', '整改', '居民不满意、待整改的', 'rectify', true, ORDER_PAGES.rectify),
  // A department's view of 全部诉求 is the orders transferred to it alone (orders/read.ts).
  transfers: tile('transfers', '转交事项', '社区转来的办理事项', 'transfer', true, ORDER_PAGES.all),
  redeem: tile('redeem', '核销', '扫码或输码核销兑换', 'scan', true, POINTS_PAGES.verify),
  // 服务阵地: everyone's, and kept in 长辈模式 (the nearest 红色驿站 is where elders go for help).
  places: tile('places', '服务阵地', '红色驿站、便民网点，一键导航', 'place', true, '/packages/places/list/index'),
  placesAdmin: tile(
    'places-admin',
    '阵地管理',
    '服务阵地与15分钟服务圈',
    'place',
    false,
    '/packages/admin/places/index',
  ),
  // 活动清单 / 服务清单 (issue 14): everyone's; not in 长辈模式 (fewer choices), where 议事厅 stays.
  activities: tile('activities', '活动清单', '活动、服务报名与签到', 'meeting', false, ACTIVITY_PAGES.list),
  publishActivity: tile('publish-activity', '发布活动', '活动、服务与召集令', 'post', false, ACTIVITY_PAGES.publish),
  // 微心愿: residents post and follow their wishes, party members (residents too) claim them from the
  // same page (我来认领, 我认领的). Not in 长辈模式: a 楼栋长 代发 for elders instead.
  wishes: tile('wishes', '微心愿', '许个心愿，邻里帮您圆梦', 'wish', false, WISH_PAGES.list),
  wishReview: tile('wish-review', '心愿审核', '居民的微心愿，审核后公开', 'wish', false, wishListUrl('review')),
  // A 楼栋长 posts for 一老一小一弱一特 of the building who do not use the app.
  wishProxy: tile('wish-proxy', '代发心愿', '替本楼栋老人、困难户许愿', 'wish', true, WISH_PAGES.post),
  // 商家 (issue 15.4): the code residents scan, services, confirmations and 便民服务积分.
  myShop: tile(
    'my-shop',
    '我的店铺',
    '服务码、服务项目、便民服务积分',
    'place',
    true,
    '/packages/places/my-shop/index',
  ),
  merchantsAdmin: tile(
    'merchants-admin',
    '商家管理',
    '关联商家，评选社区信得过',
    'place',
    false,
    '/packages/admin/merchants/index',
  ),
  stats: tile('stats', '数据看板', '三率、分类、网格与积分', 'board', false, '/packages/admin/stats/index'),
  // 台账 the 街道 asks for, generated from what the app recorded (issue 13).
  ledgers: tile(
    'ledgers',
    '台账导出',
    '三单、积分、议事台账，一键生成',
    'list',
    false,
    '/packages/admin/ledgers/index',
  ),
  // 在职党员报到 (issue 14): any resident may register (the 介绍信 is what the admin checks), so the
  // tile is among the resident's; 长辈模式 drops it.
  partyRegister: tile(
    'party-register',
    '在职党员报到',
    '报到、1+X 承诺与进度',
    'org',
    false,
    '/packages/party/register/index',
  ),
  partyReview: tile(
    'party-review',
    '报到审核',
    '在职党员报到、结对与反馈卡',
    'list',
    false,
    '/packages/admin/party/index',
  ),
  unitHome: tile('unit-home', '共建单位', '本单位党员、服务时长与反馈卡', 'board', true, '/packages/party/unit/index'),
} satisfies Record<string, Tile>;

export const ROLE_TILES: Record<Role, Tile[]> = {
  resident: [
    TILES.order,
    TILES.myOrders,
    TILES.myPoints,
    TILES.mall,
    TILES.board,
    TILES.notices,
    TILES.meetings,
    TILES.places,
    TILES.partyRegister,
    TILES.activities,
    TILES.wishes,
  ],
  party_member: [TILES.grabHall, TILES.myTasks],
  // 网格员 also watch their grids' overdue orders (限时办结 escalates to them first).
  grid_worker: [
    TILES.grabHall,
    TILES.myTasks,
    TILES.gridOrders,
    TILES.rectify,
    TILES.overdue,
    TILES.proxyOrder,
    TILES.publishActivity,
  ],
  property: [TILES.grabHall, TILES.myTasks],
  community_admin: [
    TILES.dispatch,
    TILES.allOrders,
    TILES.overdue,
    TILES.rectify,
    TILES.pointsAdmin,
    // The counter is often the 社区 office itself: admins may 核销 as merchants do.
    TILES.redeem,
    TILES.meetingsAdmin,
    TILES.orgTree,
    TILES.people,
    TILES.verifyResidents,
    TILES.placesAdmin,
    TILES.publishActivity,
    TILES.merchantsAdmin,
    TILES.stats,
    TILES.ledgers,
    TILES.partyReview,
    TILES.wishReview,
  ],
  building_leader: [TILES.postNotice, TILES.proxyOrder, TILES.verifyResidents, TILES.wishProxy],
  department: [TILES.transfers],
  merchant: [TILES.myShop, TILES.redeem],
  street_admin: [TILES.stats, TILES.ledgers],
  unit_admin: [TILES.unitHome],
};

export interface TileSection {
  /** e.g. "网格员 · 党员" when several roles share the same tiles. */
  title: string;
  roles: Role[];
  tiles: Tile[];
}

export interface Workbench {
  /** 一键发单, present for residents; always the first thing on screen. */
  quickOrder: Tile | null;
  sections: TileSection[];
}

/**
 * The home for a person with these roles. Everyone lives somewhere, so a person with no grants
 * (a newcomer) gets the resident's home. Work sections come first, the resident's last; roles with
 * identical tiles share one section; a tile appears once. Elder mode keeps only essential tiles.
 */
export function workbenchFor(roles: readonly Role[], opts: { elder: boolean }): Workbench {
  const held = new Set<Role>(roles.length ? roles : ['resident']);
  const seen = new Set<string>();
  const byTiles = new Map<string, TileSection>();
  // A worker's daily tools come before the resident tiles everyone has; 一键发单 stays on top.
  const order = [...ROLES.filter((r) => r !== 'resident'), 'resident' as const];
  for (const role of order) {
    if (!held.has(role)) continue;
    const tiles = ROLE_TILES[role];
    const key = tiles.map((t) => t.key).join(',');
    const existing = byTiles.get(key);
    if (existing) {
      existing.roles.push(role);
      existing.title = existing.roles.map((r) => ROLE_TABLE[r].label).join(' · ');
      continue;
    }
    const fresh = tiles.filter((t) => !seen.has(t.key) && (!opts.elder || t.essential));
    fresh.forEach((t) => seen.add(t.key));
    byTiles.set(key, { title: ROLE_TABLE[role].label, roles: [role], tiles: fresh });
  }
  return {
    quickOrder: held.has('resident') ? QUICK_ORDER : null,
    sections: [...byTiles.values()].filter((s) => s.tiles.length > 0),
  };
}

/** The 工作台's numbers (user.home `work`) by the tile they belong on: 抢单大厅 3, 派单台 5, 整改 1, 转交事项 2. */
export function tileCounts(work: WorkCounts | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (work?.grabHall !== undefined) out[TILES.grabHall.key] = work.grabHall;
  if (work?.dispatch !== undefined) out[TILES.dispatch.key] = work.dispatch;
  if (work?.rectify !== undefined) out[TILES.rectify.key] = work.rectify;
  if (work?.transfers !== undefined) out[TILES.transfers.key] = work.transfers;
  return out;
}
