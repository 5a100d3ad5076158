/**
 * Six months of finished orders, so the 数据看板 shows trends right after `npm start`: each month
 * 示范社区 gets a dozen or so orders across the five categories and both grids — most taken in
 * time, done and rated; some taken late (with the timer's 超时 line), a few rated badly,
 * rectified and confirmed by the resident, a few left unrated (closed after a 回访 once their
 * working days passed) or cancelled — and 另一社区 a handful. Deterministic (a fixed
 * pseudo-random sequence), born by createOrder and moved by the state machine as the functions do.
 * The counters are not written here: `npm start` fills them from these orders (stats-timer rebuild).
 */
import { createOrder, type NewOrder } from '../domain/orders/create';
import { closeByFor, DEFAULT_DEADLINES, ESCALATED_NOTE } from '../domain/orders/deadlines';
import { entry, SYSTEM } from '../domain/orders/timeline';
import { CATEGORIES, type ClosedAs } from '../types/orders';
import { DEMO_PEOPLE } from '../types/demo';
import { orderIdFor } from '../cloudfunctions/_shared/ids/orders';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import type { SeedTarget } from './demo-seed';
import { moved } from './demo-orders';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const CONTENT = {
  property: '小区门禁坏了，刷卡进不去。',
  elderly: '老人腿脚不便，想请人帮忙买菜。',
  infrastructure: '楼下路灯不亮，晚上走路不安全。',
  dispute: '楼上装修太吵，想请社区帮忙协调。',
  convenience: '想请人帮忙办理医保卡续缴。',
} as const;

type Order = NewOrder & {
  takerId?: string;
  takerName?: string;
  rating?: { score: number };
  rectification?: string;
  closeBy?: Date;
  closedAs?: ClosedAs;
  rectifyConfirmedAt?: Date;
};

/** A small fixed pseudo-random sequence (the same demo every time). */
function sequence(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const person = (openid: string) => {
  const p = DEMO_PEOPLE.find((d) => d.openid === openid)!;
  return { ...p, userId: userIdFor(openid) };
};

export function demoHistory(now: Date): Order[] {
  const rnd = sequence(20261);
  const admin = person('demo-admin');
  const takers = [person('demo-party-1'), person('demo-party-2'), person('demo-grid-1')];
  const demoResidents = ['demo-resident-1', 'demo-resident-2', 'demo-resident-3', 'demo-leader-1'].map(person);
  const out: Order[] = [];
  for (let month = 6; month >= 0; month -= 1) {
    for (const [community, residents, count] of [
      ['c-demo', demoResidents, month ? 10 + Math.round(rnd() * 6) : 6],
      ['c-other', [person('demo-resident-b')], month ? 2 + Math.round(rnd() * 2) : 1],
    ] as const) {
      for (let i = 0; i < count; i += 1) {
        const resident = residents[Math.floor(rnd() * residents.length)];
        const building = resident.buildingId;
        const gridId = building.startsWith('b-demo-1')
          ? 'g-demo-1'
          : building.startsWith('b-demo-2')
            ? 'g-demo-2'
            : 'g-other-1';
        const category = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)];
        // this month's: within the last day, some still being worked on
        const at = new Date(
          month ? now.getTime() - month * 30 * DAY + rnd() * 25 * DAY : now.getTime() - rnd() * 20 * HOUR,
        );
        const requestId = `demo-history-${month}-${community}-${i}`;
        let o: Order = createOrder({
          draft: {
            _id: orderIdFor(resident.userId, requestId),
            communityId: community,
            gridId,
            buildingId: building,
            room: resident.room,
            category,
            content: CONTENT[category],
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
          dispatched: { by: admin, role: '社区管理员', action: 'dispatch', note: '受理自办类' },
        });
        const fate = rnd();
        if (fate < 0.05) {
          out.push(
            moved(
              o,
              { type: 'cancel' },
              entry(resident, '居民', 'cancel', new Date(Math.min(now.getTime(), at.getTime() + HOUR / 2))),
            ),
          );
          continue;
        }
        const late = rnd() < 0.15 && month > 0; // (this month's open ones are left to the timer)
        const takeAt = new Date(at.getTime() + (late ? 3 + rnd() * 4 : 0.2 + rnd() * 1.6) * HOUR);
        if (late) {
          // the timer's lines: 超时 at the take-by, 升级至社区 when as long again has passed
          const line = (h: number, note: string) =>
            entry(SYSTEM, '系统', 'overdue', new Date(at.getTime() + h * HOUR), note);
          o = { ...o, timeline: [...o.timeline, line(2.2, '已超时，提醒本网格网格员')] };
          if (takeAt.getTime() > at.getTime() + 4.2 * HOUR)
            o = { ...o, timeline: [...o.timeline, line(4.2, ESCALATED_NOTE)] };
        }
        const taker = takers[Math.floor(rnd() * takers.length)];
        const later = (t: Date) => t.getTime() > now.getTime(); // nothing happens after `now`
        if (later(takeAt)) {
          out.push({ ...o, timeline: o.timeline.filter((t) => !later(t.at)) });
          continue;
        }
        o = moved(o, { type: 'take' }, entry(taker, '党员', 'grab', takeAt), {
          takerId: taker.userId,
          takerName: taker.name,
        });
        const doneAt = new Date(takeAt.getTime() + (month ? 2 + rnd() * 60 : 0.5 + rnd() * 3) * HOUR);
        if (later(doneAt)) {
          out.push(o);
          continue;
        }
        o = moved(o, { type: 'complete' }, entry(taker, '党员', 'complete', doneAt, '已办好'));
        const rating = rnd();
        if (rating < 0.1) {
          out.push(unrated(o, doneAt, now)); // 未评价: closed after a 回访 once its days have passed
          continue;
        }
        const score = rating < 0.18 ? 2 : rating < 0.3 ? 3 : rating < 0.55 ? 4 : 5;
        const ratedAt = new Date(doneAt.getTime() + (month ? 1 + rnd() * 20 : 0.5 + rnd()) * HOUR);
        if (later(ratedAt)) {
          out.push(o);
          continue;
        }
        o = moved(o, { type: 'rate', score }, entry(resident, '居民', 'rate', ratedAt, `${score} 星`), {
          rating: { score },
          ...(score > 2 ? { closedAs: 'rated' as const } : {}),
        });
        if (score <= 2 && !later(new Date(ratedAt.getTime() + DAY))) {
          const reply = '已再次上门处理，问题解决';
          const repliedAt = new Date(ratedAt.getTime() + DAY);
          o = moved(o, { type: 'rectify' }, entry(admin, '社区管理员', 'rectify', repliedAt, reply), {
            rectification: reply,
            closeBy: closeByFor(repliedAt, 'confirm'),
          });
          // 解决 means the resident agreed (issue 11, point 7): she confirms a day later
          const confirmedAt = new Date(repliedAt.getTime() + DAY);
          if (!later(confirmedAt)) {
            o = moved(o, { type: 'confirm' }, entry(resident, '居民', 'confirm', confirmedAt, '居民确认问题已解决'), {
              closedAs: 'rectify_confirmed',
              rectifyConfirmedAt: confirmedAt,
            });
            delete o.closeBy;
          }
        }
        out.push(o);
      }
    }
  }
  return out;
}

/** Done and never rated: waiting for 回访 until its days pass, then closed as 未评价 as order-timer does. */
function unrated(o: Order, doneAt: Date, now: Date): Order {
  const closeBy = closeByFor(doneAt, 'rate');
  if (closeBy > now) return { ...o, closeBy };
  const followUp = entry(SYSTEM, '系统', 'follow_up', closeBy, '居民未评价，按未评价办结');
  const closed = moved(o, { type: 'close' }, followUp, { closedAs: 'unrated' });
  return { ...closed, timeline: [...closed.timeline, entry(SYSTEM, '系统', 'auto_close', closeBy, '未评价，办结')] };
}

export async function seedDemoHistory(store: SeedTarget, now = new Date()): Promise<void> {
  await store.insertMany(
    'orders',
    demoHistory(now).map((o) => ({ ...o })),
  );
}
