/**
 * The demo community seeded on first start (issue #2, point 5). Also read by the H5 sign-in page,
 * which lists these people so a newcomer can click through every role. Fixed ids keep seeding
 * repeatable and tests readable.
 */
import type { RoleGrant } from './roles';

export const DEMO_COMMUNITY = { _id: 'c-demo', name: '示范社区' } as const;
export const OTHER_COMMUNITY = { _id: 'c-other', name: '另一社区' } as const;

export const DEMO_GRIDS = [
  { _id: 'g-demo-1', communityId: 'c-demo', name: '网格一' },
  { _id: 'g-demo-2', communityId: 'c-demo', name: '网格二' },
  { _id: 'g-other-1', communityId: 'c-other', name: '第一网格' },
] as const;

export const DEMO_BUILDINGS = [
  { _id: 'b-demo-1-1', communityId: 'c-demo', gridId: 'g-demo-1', name: '1号楼' },
  { _id: 'b-demo-1-2', communityId: 'c-demo', gridId: 'g-demo-1', name: '2号楼' },
  { _id: 'b-demo-2-1', communityId: 'c-demo', gridId: 'g-demo-2', name: '3号楼' },
  { _id: 'b-demo-2-2', communityId: 'c-demo', gridId: 'g-demo-2', name: '4号楼' },
  { _id: 'b-other-1', communityId: 'c-other', gridId: 'g-other-1', name: '幸福苑1栋' },
] as const;

export interface DemoPerson {
  openid: string;
  name: string;
  /** What the sign-in page says this person is, in Chinese. */
  title: string;
  communityId: string;
  buildingId: string;
  room: string;
  phone: string;
  roles: RoleGrant[];
}

const demo = (g: string) => ({ gridId: g });
const bld = (b: string) => ({ buildingId: b });
const com = (c: string) => ({ communityId: c });

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    openid: 'demo-admin',
    name: '李书记',
    title: '社区管理员（社区两委）',
    communityId: 'c-demo',
    buildingId: 'b-demo-1-2',
    room: '201',
    phone: '13800000001',
    roles: [{ role: 'community_admin', scope: com('c-demo') }],
  },
  {
    openid: 'demo-grid-1',
    name: '王网格',
    title: '网格员·网格一',
    communityId: 'c-demo',
    buildingId: 'b-demo-1-2',
    room: '302',
    phone: '13800000002',
    roles: [{ role: 'grid_worker', scope: demo('g-demo-1') }],
  },
  {
    openid: 'demo-grid-2',
    name: '赵网格',
    title: '网格员·网格二',
    communityId: 'c-demo',
    buildingId: 'b-demo-2-1',
    room: '101',
    phone: '13800000003',
    roles: [{ role: 'grid_worker', scope: demo('g-demo-2') }],
  },
  {
    openid: 'demo-party-1',
    name: '张党员',
    title: '党员·网格一',
    communityId: 'c-demo',
    buildingId: 'b-demo-1-1',
    room: '501',
    phone: '13800000004',
    roles: [{ role: 'party_member', scope: demo('g-demo-1') }],
  },
  {
    openid: 'demo-party-2',
    name: '陈党员',
    title: '党员·网格一',
    communityId: 'c-demo',
    buildingId: 'b-demo-1-2',
    room: '402',
    phone: '13800000005',
    roles: [{ role: 'party_member', scope: demo('g-demo-1') }],
  },
  {
    openid: 'demo-party-3',
    name: '刘党员',
    title: '党员·网格二',
    communityId: 'c-demo',
    buildingId: 'b-demo-2-2',
    room: '601',
    phone: '13800000006',
    roles: [{ role: 'party_member', scope: demo('g-demo-2') }],
  },
  {
    openid: 'demo-leader-1',
    name: '孙楼长',
    title: '楼栋长·1号楼',
    communityId: 'c-demo',
    buildingId: 'b-demo-1-1',
    room: '101',
    phone: '13800000007',
    roles: [{ role: 'building_leader', scope: bld('b-demo-1-1') }],
  },
  {
    openid: 'demo-resident-1',
    name: '周奶奶',
    title: '居民·1号楼',
    communityId: 'c-demo',
    buildingId: 'b-demo-1-1',
    room: '302',
    phone: '13900000001',
    roles: [],
  },
  {
    openid: 'demo-resident-2',
    name: '吴大爷',
    title: '居民·1号楼',
    communityId: 'c-demo',
    buildingId: 'b-demo-1-1',
    room: '402',
    phone: '13900000002',
    roles: [],
  },
  {
    openid: 'demo-resident-3',
    name: '郑阿姨',
    title: '居民·3号楼',
    communityId: 'c-demo',
    buildingId: 'b-demo-2-1',
    room: '203',
    phone: '13900000003',
    roles: [],
  },
  {
    openid: 'demo-property-1',
    name: '钱物业',
    title: '物业·网格一',
    communityId: 'c-demo',
    buildingId: 'b-demo-1-2',
    room: '101',
    phone: '13800000008',
    roles: [{ role: 'property', scope: demo('g-demo-1') }],
  },
  {
    openid: 'demo-dept-1',
    name: '冯科长',
    title: '职能部门（住建）',
    communityId: 'c-demo',
    buildingId: 'b-demo-2-2',
    room: '102',
    phone: '13800000009',
    roles: [{ role: 'department', scope: com('c-demo') }],
  },
  {
    // A second department, so a department is seen to get only what is transferred to it.
    openid: 'demo-dept-2',
    name: '卫科长',
    title: '职能部门（城管）',
    communityId: 'c-demo',
    buildingId: 'b-demo-2-2',
    room: '201',
    phone: '13800000010',
    roles: [{ role: 'department', scope: com('c-demo') }],
  },
  {
    // 商家 (issue 15.4): runs 老张理发店 (scripts/demo-merchants.ts), 社区信得过
    openid: 'demo-merchant',
    name: '张师傅',
    title: '商家·老张理发店（社区信得过）',
    communityId: 'c-demo',
    buildingId: 'b-demo-2-2',
    room: '106',
    phone: '13800000031',
    roles: [{ role: 'merchant', scope: com('c-demo') }],
  },
  {
    openid: 'demo-admin-b',
    name: '何书记',
    title: '另一社区·管理员',
    communityId: 'c-other',
    buildingId: 'b-other-1',
    room: '101',
    phone: '13700000001',
    roles: [{ role: 'community_admin', scope: com('c-other') }],
  },
  {
    openid: 'demo-resident-b',
    name: '许大妈',
    title: '另一社区·居民',
    communityId: 'c-other',
    buildingId: 'b-other-1',
    room: '202',
    phone: '13700000002',
    roles: [],
  },
  {
    // 街道: the 数据看板 of both demo communities and their sum (granted by npm run street:grant).
    openid: 'demo-street',
    name: '赵主任',
    title: '街道管理员（两个社区的数据看板）',
    communityId: 'c-other',
    buildingId: 'b-other-1',
    room: '301',
    phone: '13700000003',
    roles: [
      { role: 'street_admin', scope: com('c-demo') },
      { role: 'street_admin', scope: com('c-other') },
    ],
  },
];

/**
 * 共建单位 (issue 14): 县财政局 pairs with 示范社区; 郭主任 administers it (granted by the operator:
 * npm run unit:setup). He works at the unit and lives elsewhere: no address in the community.
 */
export const DEMO_UNIT = { _id: 'unit-demo-czj', name: '县财政局', kind: 'organ', communityIds: ['c-demo'] } as const;
export const DEMO_UNIT_ADMIN: DemoPerson = {
  openid: 'demo-unit',
  name: '郭主任',
  title: '共建单位·县财政局',
  communityId: 'c-demo',
  buildingId: '',
  room: '',
  phone: '13800000031',
  roles: [{ role: 'unit_admin', scope: { unitId: DEMO_UNIT._id } }],
};

/** Every person also holds `resident` for the building they live in (everyone is a resident somewhere). */
export function demoRoles(p: DemoPerson): RoleGrant[] {
  return [{ role: 'resident', scope: { buildingId: p.buildingId } }, ...p.roles];
}

/**
 * A newcomer who joined by 1号楼's invitation and claimed 1号楼 602: 待认证, waiting in the 认证 queue of
 * 孙楼长 (1号楼's 楼栋长). Until confirmed she reads no building notices, earns no points and is in no
 * household list. Kept apart from DEMO_PEOPLE, whose addresses are all confirmed.
 */
export const DEMO_PENDING: DemoPerson = {
  openid: 'demo-newcomer-1',
  name: '黄阿姨',
  title: '新居民·待认证（1号楼）',
  communityId: 'c-demo',
  buildingId: 'b-demo-1-1',
  room: '602',
  phone: '13800000021',
  roles: [],
};

/**
 * The invitations to share in the demo: 示范社区's own, and 1号楼's (孙楼长 shares it in the
 * building's WeChat group). Fixed codes so the README and tests can name them.
 */
export const DEMO_INVITATIONS = [
  { _id: 'DEMOJOIN01', communityId: 'c-demo', buildingId: '', createdBy: 'demo-admin' },
  { _id: 'DEMOJOIN11', communityId: 'c-demo', buildingId: 'b-demo-1-1', createdBy: 'demo-leader-1' },
] as const;
