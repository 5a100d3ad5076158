/** createOrder (domain/orders/create.ts): the one way an order is born, for 点单 and for 议事决策 alike. */
import { createOrder, type OrderDraft } from '../../domain/orders/create';
import { deadlineTable } from '../../domain/orders/deadlines';

const at = new Date('2026-11-01T08:00:00Z');
const HOUR = 3600_000;
const draft: OrderDraft = {
  _id: 'o_1',
  communityId: 'c-demo',
  gridId: 'g-demo-1',
  buildingId: 'b-demo-1-1',
  room: '101',
  category: 'property',
  content: '楼道灯坏了',
  photos: [],
  contactPhone: '13800000000',
  residentId: 'u_res',
  residentName: '周奶奶',
  filedById: 'u_res',
  requestId: 'r1',
};
const resident = { userId: 'u_res', name: '周奶奶' };

describe('createOrder', () => {
  it('refuses a filer who is neither the resident nor their 代办人 (我的诉求 finds orders by those two)', () => {
    const filed = { by: resident, role: '居民', action: 'submit' } as const;
    const deadlines = deadlineTable();
    expect(() => createOrder({ draft: { ...draft, filedById: 'u_other' }, at, deadlines, filed })).toThrow(/代办人/);
    const proxied = { ...draft, filedById: 'u_leader', proxyId: 'u_leader', proxyName: '楼长' };
    expect(createOrder({ draft: proxied, at, deadlines, filed }).filedById).toBe('u_leader');
  });

  it('files an order as submitted, with the table’s deadlines and one timeline entry', () => {
    const order = createOrder({
      draft,
      at,
      deadlines: deadlineTable({ takeHours: 3 }),
      filed: { by: resident, role: '居民', action: 'submit' },
    });
    expect(order).toMatchObject({ ...draft, status: 'submitted', overdueLevel: 0, createdAt: at, updatedAt: at });
    expect(order.dispatchKind).toBeUndefined();
    expect(order.takeBy.getTime() - at.getTime()).toBe(3 * HOUR);
    // filed on a Sunday: 5 working days from Monday's start end with Friday, i.e. Monday 00:00
    expect(order.finishBy).toEqual(new Date('2026-11-09T00:00:00+08:00'));
    expect(order.timeline).toEqual([
      { at, actorId: 'u_res', actorName: '周奶奶', actorRole: '居民', action: 'submit' },
    ]);
  });

  it('dispatched at birth is the state machine’s dispatch move, recorded after the filing', () => {
    const order = createOrder({
      draft,
      at,
      deadlines: deadlineTable(),
      filed: { by: resident, role: '居民', action: 'submit' },
      dispatched: { by: { userId: 'system', name: '系统' }, role: '系统', action: 'auto_dispatch', note: '自动派单' },
    });
    expect(order).toMatchObject({ status: 'dispatched', dispatchKind: 'self' });
    expect(order.timeline.map((t) => [t.action, t.actorId])).toEqual([
      ['submit', 'u_res'],
      ['auto_dispatch', 'system'],
    ]);
  });
});
