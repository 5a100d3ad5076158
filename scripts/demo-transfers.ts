/**
 * Demo data for 转交办理类 (issue 11, point 4): orders transferred to 冯科长 (demo-dept-1) in every
 * step of a transfer — 待受理, 部门办理中 with an answer, 待评价 (郑阿姨 can rate it), 已办结 with a
 * rating — one waiting for the 联席会议, and one of 卫科长's (demo-dept-2), which 冯科长 never sees.
 * Built as every order is (domain createOrder, then the state machine's moves with their timeline
 * entries), with fixed ids, so adding them to a data directory twice adds nothing.
 */
import { DEMO_BUILDINGS, DEMO_PEOPLE } from '../types/demo';
import type { Category } from '../types/orders';
import { createOrder, type NewOrder } from '../domain/orders/create';
import { DEFAULT_DEADLINES, transferDeadlines } from '../domain/orders/deadlines';
import { nextStatus, type OrderCommand } from '../domain/orders/state-machine';
import { entry, type TimelineAction } from '../domain/orders/timeline';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';

const HOUR = 3600_000;
const person = (openid: string) => {
  const p = DEMO_PEOPLE.find((d) => d.openid === openid);
  if (!p) throw new Error(`demo person ${openid} is missing`);
  return { ...p, userId: userIdFor(openid), gridId: DEMO_BUILDINGS.find((b) => b._id === p.buildingId)!.gridId };
};
const ADMIN = person('demo-admin');

interface Step {
  command: OrderCommand;
  by: string;
  role: string;
  action: TimelineAction;
  note?: string;
  hoursAgo: number;
  changes?: Record<string, unknown>;
}

type Doc = NewOrder & Record<string, unknown>;

function demoOrder(n: number, resident: string, category: Category, content: string, hoursAgo: number, now: Date) {
  const r = person(resident);
  const at = new Date(now.getTime() - hoursAgo * HOUR);
  return createOrder({
    draft: {
      _id: `o_demo_transfer_${n}`,
      communityId: r.communityId,
      gridId: r.gridId,
      buildingId: r.buildingId,
      room: r.room,
      category,
      content,
      photos: [],
      contactPhone: r.phone,
      residentId: r.userId,
      residentName: r.name,
      filedById: r.userId,
      requestId: `demo_transfer_${n}`,
    },
    at,
    deadlines: DEFAULT_DEADLINES,
    filed: { by: { userId: r.userId, name: r.name }, role: '居民', action: 'submit' },
  }) as Doc;
}

/** Applies moves through the state machine, as the functions would have, at their times. */
function walk(order: Doc, steps: Step[], now: Date): Doc {
  let o = order;
  for (const s of steps) {
    const move = nextStatus(o.status, s.command);
    if (!move.ok) throw new Error(`demo transfer ${o._id}: ${move.reason}`);
    const at = new Date(now.getTime() - s.hoursAgo * HOUR);
    const actor = person(s.by);
    const record = entry({ userId: actor.userId, name: actor.name }, s.role, s.action, at, s.note);
    o = { ...o, ...s.changes, status: move.to, updatedAt: at, timeline: [...o.timeline, record] };
  }
  return o;
}

/** 转交 by the admin, to a department (its clock starting then) or to the 联席会议. */
function transfer(dept: string | null, hoursAgo: number, now: Date): Step {
  const at = new Date(now.getTime() - hoursAgo * HOUR);
  const d = dept ? person(dept) : null;
  return {
    command: { type: 'dispatch', kind: 'transfer' },
    by: ADMIN.openid,
    role: '社区管理员',
    action: 'dispatch',
    note: d ? `转交办理类，转交${d.name}` : '转交办理类，提交联席会议',
    hoursAgo,
    changes: {
      dispatchKind: 'transfer',
      overdueLevel: 0,
      ...(d ? { departmentId: d.userId, departmentName: d.name, transferredAt: at, ...transferDeadlines(at) } : {}),
    },
  };
}

const dept = (command: OrderCommand, action: TimelineAction, hoursAgo: number, note?: string, changes = {}): Step => ({
  command,
  by: 'demo-dept-1',
  role: '职能部门',
  action,
  note,
  hoursAgo,
  changes,
});

export function demoTransferOrders(now = new Date()): Doc[] {
  const rate = (by: string, score: number, comment: string, hoursAgo: number): Step => ({
    command: { type: 'rate', score },
    by,
    role: '居民',
    action: 'rate',
    note: `${score} 星：${comment}`,
    hoursAgo,
    changes: { rating: { score, comment } },
  });
  const result = (note: string, hoursAgo: number) =>
    dept({ type: 'complete' }, 'complete', hoursAgo, note, { completionNote: note, completionPhotos: [] });
  return [
    walk(
      demoOrder(1, 'demo-resident-1', 'infrastructure', '小区东门的路灯坏了三盏，晚上出门看不清路', 5, now),
      [transfer('demo-dept-1', 2, now)],
      now,
    ),
    walk(
      demoOrder(2, 'demo-resident-2', 'infrastructure', '楼前人行道的砖松动了好几块，老人容易绊倒', 60, now),
      [
        transfer('demo-dept-1', 50, now),
        dept({ type: 'accept' }, 'accept', 40, '冯科长受理，将于期限内办结'),
        dept({ type: 'respond' }, 'respond', 20, '已安排施工队勘查，材料到了就铺，预计本周内完成'),
      ],
      now,
    ),
    walk(
      demoOrder(3, 'demo-resident-3', 'infrastructure', '3号楼旁边的雨水井堵了，一下雨就积水', 120, now),
      [
        transfer('demo-dept-1', 110, now),
        dept({ type: 'accept' }, 'accept', 100, '冯科长受理，将于期限内办结'),
        result('已联系市政疏通雨水井并清理淤泥，试水排水正常', 6),
      ],
      now,
    ),
    walk(
      demoOrder(4, 'demo-resident-1', 'infrastructure', '小区路口车开得太快，希望装减速带', 400, now),
      [
        transfer('demo-dept-1', 390, now),
        dept({ type: 'accept' }, 'accept', 380, '冯科长受理，将于期限内办结'),
        dept({ type: 'respond' }, 'respond', 300, '已报交警部门审批，批下来就施工'),
        result('路口已安装两道减速带和提示牌', 100),
        rate('demo-resident-1', 5, '装好了，车慢多了，谢谢', 90),
      ],
      now,
    ),
    walk(
      demoOrder(5, 'demo-resident-2', 'dispute', '有人在楼道里搭建杂物间，堵了消防通道', 30, now),
      [transfer(null, 26, now)],
      now,
    ),
    walk(
      demoOrder(6, 'demo-resident-3', 'convenience', '小区门口早上有占道摆摊，车进不来', 8, now),
      [transfer('demo-dept-2', 6, now)],
      now,
    ),
  ];
}
