import { QUICK_ORDER, ROLE_TILES, TILES, workbenchFor } from '../../src/features/workbench';
import { ROLES } from '../../types/roles';

const titles = (roles: Parameters<typeof workbenchFor>[0], elder = false) =>
  workbenchFor(roles, { elder }).sections.map((s) => [s.title, s.tiles.map((t) => t.title)]);

test('a resident gets 一键发单 first and the resident tiles, points among them', () => {
  const bench = workbenchFor(['resident'], { elder: false });
  expect(bench.quickOrder).toBe(QUICK_ORDER);
  expect(titles(['resident'])).toEqual([
    [
      '居民',
      [
        '我要点单',
        '我的诉求',
        '我的积分',
        '爱心超市',
        '红榜',
        '楼栋通知',
        '议事厅',
        '服务阵地',
        '在职党员报到',
        '活动清单',
        '微心愿',
      ],
    ],
  ]);
});

test('a newcomer with no grants is treated as a resident', () => {
  expect(workbenchFor([], { elder: false }).quickOrder).not.toBeNull();
});

test('roles with the same tiles share one section, titled with both labels, before the resident tiles', () => {
  expect(titles(['resident', 'party_member', 'property'])).toEqual([
    ['党员 · 物业', ['抢单大厅', '我的任务']],
    [
      '居民',
      [
        '我要点单',
        '我的诉求',
        '我的积分',
        '爱心超市',
        '红榜',
        '楼栋通知',
        '议事厅',
        '服务阵地',
        '在职党员报到',
        '活动清单',
        '微心愿',
      ],
    ],
  ]);
});

test('a grid worker also watches 网格诉求, 整改 and 超时诉求 and files 代办; a tile already shown is not repeated', () => {
  expect(titles(['resident', 'party_member', 'grid_worker'])).toEqual([
    ['网格员', ['抢单大厅', '我的任务', '网格诉求', '整改', '超时诉求', '代办', '发布活动']],
    [
      '居民',
      [
        '我要点单',
        '我的诉求',
        '我的积分',
        '爱心超市',
        '红榜',
        '楼栋通知',
        '议事厅',
        '服务阵地',
        '在职党员报到',
        '活动清单',
        '微心愿',
      ],
    ],
  ]);
});

test('someone who is not a resident gets no 一键发单', () => {
  const bench = workbenchFor(['department'], { elder: false });
  expect(bench.quickOrder).toBeNull();
  expect(titles(['department'])).toEqual([['职能部门', ['转交事项']]]);
});

test('an admin sees the admin tiles, 积分管理 and 核销 among them, each opening its page', () => {
  const admin = workbenchFor(['resident', 'community_admin'], { elder: false }).sections[0];
  expect(admin.tiles.map((t) => t.title)).toEqual([
    '派单台',
    '全部诉求',
    '超时诉求',
    '整改',
    '积分管理',
    '核销',
    '议事管理',
    '组织架构',
    '人员管理',
    '居民认证',
    '阵地管理',
    '发布活动',
    '商家管理',
    '数据看板',
    '台账导出',
    '报到审核',
    '心愿审核',
  ]);
  expect(admin.tiles.map((t) => t.url)).toEqual([
    '/packages/admin/dispatch/index',
    '/packages/admin/orders/index',
    '/packages/admin/overdue/index',
    '/packages/tasks/rectify/index',
    '/packages/admin/points/index',
    '/packages/admin/verify/index',
    '/packages/meetings/admin/index',
    '/packages/admin/org/index',
    '/packages/admin/people/index',
    '/packages/admin/residents/index',
    '/packages/admin/places/index',
    '/packages/activities/publish/index',
    '/packages/admin/merchants/index',
    '/packages/admin/stats/index',
    '/packages/admin/ledgers/index',
    '/packages/admin/party/index',
    '/packages/wishes/list/index?tab=review',
  ]);
});

test('a 楼栋长 confirms the newcomers of the building (居民认证), also in 长辈模式', () => {
  for (const elder of [false, true]) {
    const leader = workbenchFor(['resident', 'building_leader'], { elder }).sections[0];
    expect(leader.tiles.map((t) => t.url)).toContain('/packages/admin/residents/index');
  }
});

test('the points tiles open their pages: 我的积分, 爱心超市 and 红榜 for residents, 核销 for merchants', () => {
  expect([TILES.myPoints, TILES.mall, TILES.board, TILES.redeem].map((t) => [t.title, t.url])).toEqual([
    ['我的积分', '/packages/points/mine/index'],
    ['爱心超市', '/packages/points/mall/index'],
    ['红榜', '/packages/points/board/index'],
    ['核销', '/packages/admin/verify/index'],
  ]);
  expect(titles(['resident', 'merchant'])).toEqual([
    ['商家', ['我的店铺', '核销']],
    [
      '居民',
      [
        '我要点单',
        '我的诉求',
        '我的积分',
        '爱心超市',
        '红榜',
        '楼栋通知',
        '议事厅',
        '服务阵地',
        '在职党员报到',
        '活动清单',
        '微心愿',
      ],
    ],
  ]);
});

test('a party member reaches 我的积分 (先锋积分) from the resident tiles; a merchant who is also an admin sees 核销 once', () => {
  expect(titles(['resident', 'party_member']).flatMap(([, tiles]) => tiles)).toContain('我的积分');
  const both = workbenchFor(['resident', 'community_admin', 'merchant'], { elder: false });
  const all = both.sections.flatMap((s) => s.tiles.map((t) => t.title));
  expect(all.filter((t) => t === '核销')).toHaveLength(1);
  const merchant = both.sections.find((s) => s.title === '商家');
  expect(merchant?.tiles.map((t) => t.title)).toEqual(['我的店铺']); // 核销 already shown with the admin's
});

test('a building leader files 代办 from the 工作台; it opens the 代办 page', () => {
  expect(titles(['resident', 'building_leader'])[0]).toEqual(['楼栋长', ['发布通知', '代办', '居民认证', '代发心愿']]);
  expect(TILES.proxyOrder.url).toBe('/packages/orders/proxy/index');
});

test('微心愿: residents (party members among them) open the wall; admins the review queue; leaders 代发', () => {
  expect(TILES.wishes.url).toBe('/packages/wishes/list/index');
  expect(TILES.wishReview.url).toBe('/packages/wishes/list/index?tab=review');
  expect(TILES.wishProxy.url).toBe('/packages/wishes/post/index');
  // 长辈模式 keeps the resident's six; an elder's wish is posted by the 楼栋长 (代发心愿 stays for them).
  expect(titles(['resident'], true)[0][1]).not.toContain('微心愿');
  expect(titles(['resident', 'building_leader'], true)[0][1]).toContain('代发心愿');
});

test('the resident and taker order tiles open their pages', () => {
  expect([TILES.order, TILES.myOrders, TILES.grabHall, TILES.myTasks].map((t) => t.url)).toEqual([
    '/packages/orders/new/index',
    '/packages/orders/mine/index',
    '/packages/tasks/pool/index',
    '/packages/tasks/mine/index',
  ]);
});

test('长辈模式 shows fewer choices and keeps 一键发单', () => {
  const normal = workbenchFor(['resident'], { elder: false });
  const elder = workbenchFor(['resident'], { elder: true });
  expect(elder.quickOrder).toBe(QUICK_ORDER);
  expect(elder.sections[0].tiles.length).toBeLessThan(normal.sections[0].tiles.length);
  expect(workbenchFor(['resident', 'community_admin'], { elder: true }).sections[0].tiles.map((t) => t.title)).toEqual([
    '派单台',
    '全部诉求',
    '超时诉求',
    '整改',
    '核销',
    '居民认证',
  ]);
  // 我的积分 stays (爱心超市, 我的兑换 and 红榜 are a tap from it); the two extra points tiles go.
  // 议事厅 stays: an elder takes part in 议事 (issue 11 point 10).
  expect(elder.sections[0].tiles.map((t) => t.title)).toEqual([
    '我要点单',
    '我的诉求',
    '我的积分',
    '楼栋通知',
    '议事厅',
    '服务阵地',
  ]);
});

test('every role has tiles, every tile appears once for a person holding all roles', () => {
  for (const role of ROLES) expect(ROLE_TILES[role].length).toBeGreaterThan(0);
  const all = workbenchFor(ROLES, { elder: false }).sections.flatMap((s) => s.tiles.map((t) => t.key));
  expect(new Set(all).size).toBe(all.length);
  expect(new Set(all)).toEqual(new Set(Object.values(TILES).map((t) => t.key)));
});

test('every tile opens a page (no 即将上线 stubs); 一键发单 acts on the home itself', () => {
  for (const t of Object.values(TILES)) expect(t.url).toMatch(/^\/(pages|packages)\//);
  expect(QUICK_ORDER.url).toBeUndefined();
});

test('a 街道管理员 sees 数据看板 and 台账导出 above their resident tiles', () => {
  const home = workbenchFor(['resident', 'street_admin'], { elder: false });
  expect(home.sections[0]).toMatchObject({
    title: '街道管理员',
    tiles: [
      { title: '数据看板', url: '/packages/admin/stats/index' },
      { title: '台账导出', url: '/packages/admin/ledgers/index' },
    ],
  });
});

test('在职党员报到 is among the resident tiles (not in 长辈模式); 报到审核 is the admin’s; a 共建单位 sees its own page', () => {
  expect(titles(['resident', 'party_member'])[1][1]).toContain('在职党员报到');
  expect(titles(['resident'], true)[0][1]).not.toContain('在职党员报到');
  expect(workbenchFor(['resident', 'community_admin'], { elder: false }).sections[0].tiles.map((t) => t.url)).toContain(
    '/packages/admin/party/index',
  );
  expect(workbenchFor(['unit_admin'], { elder: false })).toEqual({
    quickOrder: null,
    sections: [{ title: '共建单位', roles: ['unit_admin'], tiles: [TILES.unitHome] }],
  });
});

test('活动清单 is every resident’s (not in 长辈模式); staff (admins, grid workers) publish activities', () => {
  expect(TILES.activities.url).toBe('/packages/activities/list/index');
  expect(ROLE_TILES.resident).toContain(TILES.activities);
  expect(workbenchFor(['resident'], { elder: true }).sections[0].tiles).not.toContain(TILES.activities);
  for (const role of ['community_admin', 'grid_worker'] as const)
    expect(ROLE_TILES[role]).toContain(TILES.publishActivity);
  for (const role of ['party_member', 'building_leader', 'property'] as const)
    expect(ROLE_TILES[role]).not.toContain(TILES.publishActivity);
});
