/**
 * The 三单台账 export at size (issue 13: 10,000 orders in ≤ 5 s): BENCH_LEDGER_ORDERS orders
 * (default 10,000) filed in one month of the demo community, most of them worked through to a
 * rating, written straight into the store; then `ledgers.orders` for that month as 李书记, timed
 * from the call to the stored workbook and its link (and the download, separately). Printed, never
 * asserted.
 */
import { CATEGORIES } from '../types/orders';
import { DEMO_BUILDINGS, DEMO_PEOPLE } from '../types/demo';
import { deadlinesFor, deadlineTable } from '../domain/orders/deadlines';
import { entry } from '../domain/orders/timeline';
import { chinaWallClock } from '../domain/china-time';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { orderDoc } from '../cloudfunctions/_shared/orders/model';
import { caller, fmt, insertInBatches, timed, type BulkTarget } from './bench-util';

const COUNT = Number(process.env.BENCH_LEDGER_ORDERS ?? 10_000);
const HOUR = 3_600_000;

/** Last month in China time, "2026-11", and its first instant. */
function lastMonth(now: Date): { period: string; from: Date } {
  const wall = chinaWallClock(now);
  const first = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() - 1, 1) - 8 * HOUR);
  const label = chinaWallClock(first).toISOString().slice(0, 7);
  return { period: label, from: first };
}

function seedMonth(store: BulkTarget, from: Date): void {
  const table = deadlineTable();
  const residents = DEMO_PEOPLE.filter((p) => p.communityId === 'c-demo');
  const taker = DEMO_PEOPLE.find((p) => p.openid === 'demo-party-1')!;
  const takerRef = { userId: userIdFor(taker.openid), name: taker.name };
  const docs: Record<string, unknown>[] = [];
  for (let i = 0; i < COUNT; i += 1) {
    const who = residents[i % residents.length];
    const building = DEMO_BUILDINGS.find((b) => b._id === who.buildingId)!;
    const createdAt = new Date(from.getTime() + ((i * 27 * 24 * HOUR) / COUNT + 1000));
    const category = CATEGORIES[i % CATEGORIES.length];
    const filer = { userId: userIdFor(who.openid), name: who.name };
    const done = i % 5 !== 0;
    docs.push(
      orderDoc.parse({
        _id: `bench-ledger-${i}`,
        communityId: 'c-demo',
        gridId: building.gridId,
        buildingId: building._id,
        room: who.room,
        category,
        content: `台账压测诉求 ${i}`,
        photos: [],
        contactPhone: who.phone,
        residentId: filer.userId,
        residentName: who.name,
        filedById: filer.userId,
        requestId: `bench-ledger-${i}`,
        status: done ? 'closed' : 'dispatched',
        dispatchKind: 'self',
        ...(done ? { takerId: takerRef.userId, takerName: takerRef.name, rating: { score: 3 + (i % 3) } } : {}),
        ...deadlinesFor(createdAt, category, table),
        overdueLevel: 0,
        createdAt,
        updatedAt: createdAt,
        timeline: [
          entry(filer, '居民', 'submit', createdAt),
          entry(takerRef, '社区管理员', 'dispatch', createdAt),
          ...(done
            ? [
                entry(takerRef, '党员', 'grab', new Date(createdAt.getTime() + HOUR)),
                entry(takerRef, '党员', 'complete', new Date(createdAt.getTime() + 5 * HOUR)),
                entry(filer, '居民', 'rate', new Date(createdAt.getTime() + 6 * HOUR)),
              ]
            : []),
        ],
      }) as Record<string, unknown>,
    );
  }
  insertInBatches(store, 'orders', docs);
}

export async function benchLedgers(
  cloud: { url: string; store: BulkTarget },
  log: (line: string) => void,
): Promise<void> {
  const { period, from } = lastMonth(new Date());
  seedMonth(cloud.store, from);
  const call = caller(cloud.url);
  for (let run = 1; run <= 3; run += 1) {
    const [ms, reply] = await timed(() => call('ledgers', 'demo-admin', { action: 'orders', period }));
    if (!reply.ok) {
      log(`三单台账 export FAILED: ${reply.error?.code}`);
      return;
    }
    const [downloadMs, bytes] = await timed(async () => {
      const res = await fetch(reply.data.url, { headers: { 'x-openid': 'demo-admin' } });
      return (await res.arrayBuffer()).byteLength;
    });
    log(
      `三单台账 export, ${reply.data.rows} orders (${period}), run ${run}: ${fmt(ms)} to the stored workbook and link (target ≤ 5 s); download ${fmt(downloadMs)}, ${(bytes / 1024).toFixed(0)} KB`,
    );
  }
}
