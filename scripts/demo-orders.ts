/**
 * Demo orders, so a newcomer sees 代办 and 整改 working right after `npm start`:
 * - 孙楼长 (楼栋长 of 1号楼) filed a 代办 for 吴大爷 of his building; it waits in grid 1's pool;
 * - 周奶奶's order, done by 张党员 and rated 2 stars, waits in the 整改 queue of grid 1's 网格员.
 * Each is born by the domain's createOrder and moved by the state machine, as the functions do.
 */
import { createOrder, type NewOrder } from '../domain/orders/create';
import { DEFAULT_DEADLINES } from '../domain/orders/deadlines';
import { nextStatus, type OrderCommand } from '../domain/orders/state-machine';
import { entry, SYSTEM, type TimelineRecord } from '../domain/orders/timeline';
import { DEMO_PEOPLE } from '../types/demo';
import { orderIdFor } from '../cloudfunctions/_shared/ids/orders';
import type { OrderDoc } from '../cloudfunctions/_shared/orders/model';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import type { SeedTarget } from './demo-seed';

const MINUTE = 60_000;
const person = (openid: string) => {
  const p = DEMO_PEOPLE.find((d) => d.openid === openid)!;
  return { ...p, userId: userIdFor(openid) };
};

/** An order as stored once it has been taken, done and rated. */
type DemoOrder = NewOrder &
  Partial<Pick<OrderDoc, 'takerId' | 'takerName' | 'completionNote' | 'completionPhotos' | 'rating'>>;

/** One move of the state machine with its timeline line; a move the table refuses is a bug in the seed. */
function moved(
  order: DemoOrder,
  cmd: OrderCommand,
  record: TimelineRecord,
  changes: Partial<DemoOrder> = {},
): DemoOrder {
  const move = nextStatus(order.status, cmd);
  if (!move.ok) throw new Error(`demo order: ${move.reason}`);
  return { ...order, ...changes, status: move.to, updatedAt: record.at, timeline: [...order.timeline, record] };
}

export function demoOrders(now: Date): DemoOrder[] {
  const leader = person('demo-leader-1');
  const wu = person('demo-resident-2');
  const zhou = person('demo-resident-1');
  const party = person('demo-party-1');
  const proxyAt = new Date(now.getTime() - 30 * MINUTE);
  const proxied = createOrder({
    draft: {
      _id: orderIdFor(leader.userId, 'demo-proxy-1'),
      communityId: 'c-demo',
      gridId: 'g-demo-1',
      buildingId: wu.buildingId,
      room: wu.room,
      category: 'convenience',
      content: '吴大爷不会用手机缴费，请帮忙代缴本月水电费。',
      photos: [],
      contactPhone: wu.phone,
      residentId: wu.userId,
      residentName: wu.name,
      filedById: leader.userId,
      requestId: 'demo-proxy-1',
      proxyId: leader.userId,
      proxyName: leader.name,
    },
    at: proxyAt,
    deadlines: DEFAULT_DEADLINES,
    filed: { by: leader, role: '楼栋长', action: 'submit', note: '楼栋长代办' },
    dispatched: { by: SYSTEM, role: '系统', action: 'auto_dispatch', note: '按楼栋所在网格自动派单' },
  });

  const filedAt = new Date(now.getTime() - 3 * 24 * 60 * MINUTE);
  const at = (minutes: number) => new Date(filedAt.getTime() + minutes * MINUTE);
  let rectify: DemoOrder = createOrder({
    draft: {
      _id: orderIdFor(zhou.userId, 'demo-rectify-1'),
      communityId: 'c-demo',
      gridId: 'g-demo-1',
      buildingId: zhou.buildingId,
      room: zhou.room,
      category: 'infrastructure',
      content: '楼道灯坏了，晚上下楼看不见。',
      photos: [],
      contactPhone: zhou.phone,
      residentId: zhou.userId,
      residentName: zhou.name,
      filedById: zhou.userId,
      requestId: 'demo-rectify-1',
    },
    at: filedAt,
    deadlines: DEFAULT_DEADLINES,
    filed: { by: zhou, role: '居民', action: 'submit' },
    dispatched: { by: SYSTEM, role: '系统', action: 'auto_dispatch', note: '按楼栋所在网格自动派单' },
  });
  rectify = moved(rectify, { type: 'take' }, entry(party, '党员', 'grab', at(20)), {
    takerId: party.userId,
    takerName: party.name,
  });
  rectify = moved(rectify, { type: 'complete' }, entry(party, '党员', 'complete', at(300), '已更换灯泡'), {
    completionNote: '已更换灯泡',
    completionPhotos: [],
  });
  const comment = '只换了一层，三楼还是黑的';
  rectify = moved(rectify, { type: 'rate', score: 2 }, entry(zhou, '居民', 'rate', at(1500), `2 星：${comment}`), {
    rating: { score: 2, comment },
  });
  return [proxied, rectify];
}

export async function seedDemoOrders(store: SeedTarget, now = new Date()): Promise<void> {
  await store.insertMany(
    'orders',
    demoOrders(now).map((o) => ({ ...o })),
  );
}
