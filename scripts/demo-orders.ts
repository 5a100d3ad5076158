/**
 * Demo orders, so a newcomer sees 代办 and 整改 working right after `npm start`:
 * - 孙楼长 (楼栋长 of 1号楼) filed a 代办 for 吴大爷 of his building; it waits in grid 1's pool;
 * - 周奶奶's order, done by 张党员 and rated 2 stars, waits in the 整改 queue of grid 1's 网格员;
 * - 周奶奶's other order, rated badly and answered by 王网格, waits for her 确认已解决 (整改待确认);
 * - 吴大爷's order, done by 张党员 yesterday and not rated yet, waits for 回访: it closes as 未评价
 *   after 7 working days, and until then 张党员 sees its points as 待确认 (issue 11, point 7).
 * Each is born by the domain's createOrder and moved by the state machine, as the functions do.
 */
import { createOrder, type NewOrder } from '../domain/orders/create';
import { closeByFor, DEFAULT_DEADLINES } from '../domain/orders/deadlines';
import type { Category } from '../types/orders';
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
  Partial<
    Pick<
      OrderDoc,
      'takerId' | 'takerName' | 'completionNote' | 'completionPhotos' | 'rating' | 'rectification' | 'closeBy'
    >
  >;

/**
 * One move of the state machine with its timeline line; a move the table refuses is a bug in the
 * seed. Shared by every demo order script (this one and demo-history.ts).
 */
export function moved<O extends NewOrder>(
  order: O,
  cmd: OrderCommand,
  record: TimelineRecord,
  changes: Partial<O> = {},
): O {
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
  return [proxied, rectify, ...waitingOnResidents(now)];
}

/** Two orders that wait on the resident's word (issue 11, point 7), each with its `closeBy`. */
function waitingOnResidents(now: Date): DemoOrder[] {
  const wu = person('demo-resident-2');
  const zhou = person('demo-resident-1');
  const party = person('demo-party-1');
  const worker = person('demo-grid-1');
  const born = (resident: typeof wu, requestId: string, category: Category, content: string, at: Date) =>
    createOrder({
      draft: {
        _id: orderIdFor(resident.userId, requestId),
        communityId: 'c-demo',
        gridId: 'g-demo-1',
        buildingId: resident.buildingId,
        room: resident.room,
        category,
        content,
        photos: [],
        contactPhone: resident.phone,
        residentId: resident.userId,
        residentName: resident.name,
        filedById: resident.userId,
        requestId,
      },
      at,
      deadlines: DEFAULT_DEADLINES,
      filed: { by: resident, role: '居民', action: 'submit' },
      dispatched: { by: SYSTEM, role: '系统', action: 'auto_dispatch', note: '按楼栋所在网格自动派单' },
    });
  const takenAndDone = (o: DemoOrder, at: (m: number) => Date, note: string) => {
    const taken = moved(o, { type: 'take' }, entry(party, '党员', 'grab', at(15)), {
      takerId: party.userId,
      takerName: party.name,
    });
    return moved(taken, { type: 'complete' }, entry(party, '党员', 'complete', at(120), note), {
      completionNote: note,
      completionPhotos: [],
      closeBy: closeByFor(at(120), 'rate'),
    });
  };

  const wuAt = new Date(now.getTime() - 26 * 60 * MINUTE);
  const afterWu = (m: number) => new Date(wuAt.getTime() + m * MINUTE);
  const unrated = takenAndDone(
    born(wu, 'demo-follow-up-1', 'elderly', '想请人帮忙把阳台的旧花盆搬下楼。', wuAt),
    afterWu,
    '已帮吴大爷把花盆搬到楼下',
  );

  const zhouAt = new Date(now.getTime() - 5 * 24 * 60 * MINUTE);
  const afterZhou = (m: number) => new Date(zhouAt.getTime() + m * MINUTE);
  let confirming = takenAndDone(
    born(zhou, 'demo-confirm-1', 'property', '卫生间的水龙头一直滴水，晚上睡不好。', zhouAt),
    afterZhou,
    '已拧紧水龙头',
  );
  const comment = '第二天又开始滴了';
  confirming = moved(
    confirming,
    { type: 'rate', score: 2 },
    entry(zhou, '居民', 'rate', afterZhou(1500), `2 星：${comment}`),
    { rating: { score: 2, comment } },
  );
  delete confirming.closeBy;
  const reply = '已请物业换了新的阀芯，试了一晚上不滴了。';
  const repliedAt = afterZhou(3000);
  confirming = moved(confirming, { type: 'rectify' }, entry(worker, '网格员', 'rectify', repliedAt, reply), {
    rectification: reply,
    closeBy: closeByFor(repliedAt, 'confirm'),
  });
  return [unrated, confirming];
}

export async function seedDemoOrders(store: SeedTarget, now = new Date()): Promise<void> {
  await store.insertMany(
    'orders',
    demoOrders(now).map((o) => ({ ...o })),
  );
}
