/**
 * The buttons of 诉求详情 (domain/orders/actions.ts): the state machine's commands from the status,
 * kept where the permissions allow them. The page calls this very function with the signed-in person.
 */
import { orderActionsFor } from '../../domain/orders/actions';
import { actorOf, type Actor } from '../../domain/actor';
import { isOwner, mayGrab } from '../../domain/orders/permissions';
import type { OrderStatus, OrderView } from '../../types/orders';
import type { RoleGrant } from '../../types/roles';
import { inCommunityOf } from '../../src/features/viewer';

const order = (status: OrderStatus, extra: Partial<OrderView> = {}): OrderView => ({
  _id: 'o_1',
  status,
  category: 'elderly',
  content: '水管漏水',
  buildingId: 'b-demo-1-1',
  room: '302',
  contactPhone: '13900000001',
  gridId: 'g-demo-1',
  residentId: 'u-grandma',
  residentName: '周奶奶',
  filedById: 'u-grandma',
  photos: [],
  takeBy: '2025-01-01T02:00:00.000Z',
  finishBy: '2025-01-02T00:00:00.000Z',
  overdueLevel: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

/** People as the client builds them from `user.login` (the roles include the derived resident grant). */
const person = (userId: string, roles: RoleGrant[], buildingId = 'b-demo-9-1'): Actor =>
  actorOf({ _id: userId, name: userId, buildingId }, roles, 'c-demo');
const grandma = person('u-grandma', [{ role: 'resident', scope: { buildingId: 'b-demo-1-1' } }], 'b-demo-1-1');
const admin = person('u-admin', [{ role: 'community_admin', scope: { communityId: 'c-demo' } }]);
const party1 = person('u-party', [{ role: 'party_member', scope: { gridId: 'g-demo-1' } }]);
const party2 = person('u-party2', [{ role: 'party_member', scope: { gridId: 'g-demo-2' } }]);
const worker1 = person('u-worker', [{ role: 'grid_worker', scope: { gridId: 'g-demo-1' } }]);
const property1 = person('u-prop', [{ role: 'property', scope: { gridId: 'g-demo-1' } }]);

/** As 诉求详情 asks it: the view placed in the viewer's community. */
const actionsFor = (o: OrderView, viewer: Actor) => orderActionsFor(viewer, inCommunityOf(o, viewer));

test('while 待派单 the resident may 撤销 and an admin may 派单; nobody else may do anything', () => {
  expect(actionsFor(order('submitted'), grandma)).toEqual(['cancel']);
  expect(actionsFor(order('submitted'), admin)).toEqual(['dispatch']);
  expect(actionsFor(order('submitted'), party1)).toEqual([]);
  expect(actionsFor(order('submitted'), worker1)).toEqual([]);
});

test('待接单: party members and grid workers of its grid may grab; the grid worker and an admin may assign; the resident may still cancel', () => {
  expect(actionsFor(order('dispatched'), party1)).toEqual(['grab']);
  expect(actionsFor(order('dispatched'), worker1)).toEqual(['grab', 'assign']);
  expect(actionsFor(order('dispatched'), party2)).toEqual([]);
  expect(actionsFor(order('dispatched'), admin)).toEqual(['assign']);
  expect(actionsFor(order('dispatched'), grandma)).toEqual(['cancel']);
});

test('property staff may take only 物业服务 orders of their grid', () => {
  expect(actionsFor(order('dispatched'), property1)).toEqual([]);
  expect(actionsFor(order('dispatched', { category: 'property' }), property1)).toEqual(['grab']);
  const elsewhere = inCommunityOf(order('dispatched', { gridId: 'g-demo-2', category: 'property' }), property1);
  expect(mayGrab(property1, elsewhere)).toBe(false);
});

test('办理中: only the taker may 办结 or mark 等待居民; the taker may 退单; the grid worker and an admin may 改派 or 退单', () => {
  const taken = order('taken', { takerId: 'u-party', takerName: '张党员' });
  expect(actionsFor(taken, party1)).toEqual(['complete', 'wait', 'handBack']);
  expect(actionsFor(taken, worker1)).toEqual(['reassign', 'handBack']);
  expect(actionsFor(taken, admin)).toEqual(['reassign', 'handBack']);
  expect(actionsFor(taken, party2)).toEqual([]);
  expect(actionsFor(taken, grandma)).toEqual([]);
});

test('待评价 and 已答复: the resident rates', () => {
  expect(actionsFor(order('completed'), grandma)).toEqual(['rate']);
  expect(actionsFor(order('answered'), grandma)).toEqual(['rate']);
  expect(actionsFor(order('completed'), admin)).toEqual([]);
});

test('整改中: the grid worker of its grid or an admin answers; the resident waits', () => {
  expect(actionsFor(order('rectifying'), worker1)).toEqual(['rectify']);
  expect(actionsFor(order('rectifying'), admin)).toEqual(['rectify']);
  expect(actionsFor(order('rectifying'), grandma)).toEqual([]);
  expect(actionsFor(order('rectifying'), party1)).toEqual([]);
});

test('等待居民: the taker or the resident resumes; the taker may still 办结 or 退单', () => {
  const waiting = order('waiting', { takerId: 'u-party', takerName: '张党员' });
  expect(actionsFor(waiting, party1)).toEqual(['complete', 'resume', 'handBack']);
  expect(actionsFor(waiting, grandma)).toEqual(['resume']);
  expect(actionsFor(waiting, worker1)).toEqual(['handBack']);
  expect(actionsFor(waiting, party2)).toEqual([]);
});

test('整改待确认: the resident confirms it solved, or says she is still not satisfied; nobody else', () => {
  expect(actionsFor(order('rectified'), grandma)).toEqual(['confirm', 'dispute']);
  for (const v of [admin, party1, worker1]) expect(actionsFor(order('rectified'), v)).toEqual([]);
});

test('final statuses offer nothing to anyone', () => {
  for (const s of ['closed', 'cancelled'] as const) {
    for (const v of [grandma, admin, party1, worker1]) expect(actionsFor(order(s), v)).toEqual([]);
  }
});

describe('转交办理类: only the department it is transferred to acts', () => {
  const dept = person('u-dept', [{ role: 'department', scope: { communityId: 'c-demo' } }]);
  const otherDept = person('u-dept2', [{ role: 'department', scope: { communityId: 'c-demo' } }]);
  const mine = (s: OrderStatus) => order(s, { dispatchKind: 'transfer', departmentId: 'u-dept' });

  test('已转交: the department may 受理; nobody else may do anything (not even grab it)', () => {
    expect(actionsFor(mine('transferred'), dept)).toEqual(['accept']);
    for (const v of [otherDept, grandma, admin, party1, worker1])
      expect(actionsFor(mine('transferred'), v)).toEqual([]);
  });
  test('部门办理中: the department may 办结 or 答复; nobody else', () => {
    expect(actionsFor(mine('handling'), dept)).toEqual(['complete', 'respond']);
    for (const v of [otherDept, grandma, admin, party1, worker1]) expect(actionsFor(mine('handling'), v)).toEqual([]);
  });
  test('its result is rated by the resident, and a bad rating answered by the department too', () => {
    expect(actionsFor(mine('completed'), grandma)).toEqual(['rate']);
    expect(actionsFor(mine('completed'), dept)).toEqual([]);
    expect(actionsFor(mine('rectifying'), dept)).toEqual(['rectify']);
    expect(actionsFor(mine('rectifying'), otherDept)).toEqual([]);
  });
  test('a transfer waiting for its 联席会议 (no department) offers nothing', () => {
    for (const v of [dept, otherDept, admin]) expect(actionsFor(order('transferred'), v)).toEqual([]);
  });
});

test('a building leader who filed for a resident (代办) is an owner too', () => {
  const leader = person('u-leader', [{ role: 'building_leader', scope: { buildingId: 'b-demo-1-1' } }]);
  expect(isOwner(leader, order('submitted'))).toBe(false);
  expect(actionsFor(order('submitted', { filedById: 'u-leader' }), leader)).toEqual(['cancel']);
});

test('an order of another community offers nothing, whoever asks', () => {
  const there = { ...order('dispatched'), communityId: 'c-other' };
  for (const v of [admin, party1, worker1]) expect(orderActionsFor(v, there)).toEqual([]);
});
