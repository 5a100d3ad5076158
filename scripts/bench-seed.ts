/**
 * The data `npm run bench` measures against, written straight through the store's bulk insert
 * (through the functions, 1M ledger entries would take hours). The documents are built the way the
 * functions build them — ids from cloudfunctions/_shared/ids, deadlines, timelines and overdue
 * levels from domain/orders, notice scope keys from domain/notices — and orders and notices are
 * parsed by the functions' own stored-record schemas, so a field the functions need cannot be
 * missing. Everything sits in 示范社区 (c-demo), around the demo people the bench acts as, so each
 * list really has the whole data set to page through. A fixed random seed: two runs seed the same.
 */
import { randomBytes } from 'node:crypto';
import { CATEGORIES, type Category, type OrderStatus } from '../types/orders';
import { DEMO_BUILDINGS, DEMO_PEOPLE } from '../types/demo';
import { deadlinesFor, deadlineTable, overdueLevel } from '../domain/orders/deadlines';
import { entry, SYSTEM } from '../domain/orders/timeline';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { orderIdFor } from '../cloudfunctions/_shared/ids/orders';
import { accountIdFor } from '../cloudfunctions/_shared/ids/points';
import { addToCounters, type CounterSums } from '../domain/points/boards';
import { orderDoc, type OrderDoc } from '../cloudfunctions/_shared/orders/model';
import { seedMeetings, seedNotices } from './bench-seed-civic';
import { StatsSums } from './bench-seed-stats';
import { BATCH, DAY, insertInBatches, type BulkTarget, type Resident } from './bench-util';

export interface BenchSize {
  label: string;
  orders: number;
  ledgerEntries: number;
  noticeReads: number;
}

export const SIZES: Record<'small' | 'large', BenchSize> = {
  small: {
    label: '10k orders / 100k entries / 10k receipts',
    orders: 10_000,
    ledgerEntries: 100_000,
    noticeReads: 10_000,
  },
  large: {
    label: '100k orders / 1M entries / 100k receipts',
    orders: 100_000,
    ledgerEntries: 1_000_000,
    noticeReads: 100_000,
  },
};

/** What the bench needs to name in its calls. */
export interface Seeded {
  orderId: string;
  noticeId: string;
  /** A cursor halfway down that notice's 未读 households: a deep page of 阅读情况. */
  readersCursor: string;
  meetingId: string;
}

/** mulberry32: small, fast, seeded. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const person = (openid: string) => DEMO_PEOPLE.find((p) => p.openid === openid)!;
const demoBuildings = DEMO_BUILDINGS.filter((b) => b.communityId === 'c-demo');

function residents(count: number): Resident[] {
  return Array.from({ length: count }, (_, i) => {
    const b = demoBuildings[i % demoBuildings.length];
    const openid = `bench-resident-${i}`;
    return {
      _id: userIdFor(openid),
      openid,
      name: `居民${i}`,
      buildingId: b._id,
      gridId: b.gridId,
      // One home each, so a building's households grow with the data (250 → 2,500 in 1号楼).
      room: `${1001 + Math.floor(i / demoBuildings.length)}`,
    };
  });
}

export function seedBench(store: BulkTarget, size: BenchSize, now = new Date()): Seeded {
  const random = rng(20261202);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const people = residents(Math.max(1_000, size.orders / 10));
  insertInBatches(
    store,
    'users',
    people.map((r) => ({
      ...r,
      communityId: 'c-demo',
      phone: '13700000000',
      grants: [],
      createdAt: new Date(now.getTime() - 400 * DAY),
    })),
  );
  const stats = new StatsSums(); // the 数据看板 counters of what is seeded
  const orderId = seedOrders(store, size.orders, people, random, pick, now, stats);
  seedLedger(store, size.ledgerEntries, people, random, now, stats);
  stats.write(store, now);
  const { noticeId, readersCursor } = seedNotices(store, size.noticeReads, people, random, now);
  const meetingId = seedMeetings(store, Math.max(100, size.orders / 100), random, now);
  return { orderId, noticeId, readersCursor, meetingId };
}

/** Status mix of a community a year in: most closed, a working set open, a few overdue. */
const STATUS_MIX: OrderStatus[] = [
  'closed',
  'closed',
  'closed',
  'completed',
  'taken',
  'dispatched',
  'submitted',
  'cancelled',
];

function seedOrders(
  store: BulkTarget,
  count: number,
  people: Resident[],
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
  now: Date,
  stats: StatsSums,
): string {
  const table = deadlineTable();
  const resident1 = person('demo-resident-1');
  const taker = { userId: userIdFor('demo-party-1'), name: person('demo-party-1').name };
  const admin = { userId: userIdFor('demo-admin'), name: person('demo-admin').name };
  const docs: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i += 1) {
    // One order in 200 is 周奶奶's, so her 我的诉求 grows with the data like everyone else's.
    const who =
      i % 200 === 0
        ? {
            _id: userIdFor(resident1.openid),
            name: resident1.name,
            buildingId: resident1.buildingId,
            room: resident1.room,
          }
        : pick(people);
    const building = demoBuildings.find((b) => b._id === who.buildingId)!;
    const createdAt = new Date(now.getTime() - Math.floor(random() * 365 * DAY));
    const category: Category = pick(CATEGORIES);
    const status = pick(STATUS_MIX);
    const filer = { userId: who._id, name: who.name };
    const order: OrderDoc = {
      _id: orderIdFor(who._id, `bench${i}`),
      communityId: 'c-demo',
      gridId: building.gridId,
      buildingId: building._id,
      room: who.room,
      category,
      content: `压测诉求 ${i}：楼道灯不亮，请尽快处理`,
      photos: [],
      contactPhone: '13700000000',
      residentId: who._id,
      residentName: who.name,
      filedById: who._id,
      requestId: `bench${i}`,
      status,
      ...deadlinesFor(createdAt, category, table),
      overdueLevel: 0,
      createdAt,
      updatedAt: createdAt,
      timeline: [entry(filer, '居民', 'submit', createdAt)],
    };
    if (status !== 'submitted' && status !== 'cancelled') {
      order.dispatchKind = 'self';
      order.timeline.push(entry(admin, '社区管理员', 'dispatch', createdAt));
    }
    if (['taken', 'completed', 'closed'].includes(status)) {
      // Half of the taken work is demo-party-1's, so 我的任务 is a real list at every size.
      const by = random() < 0.5 ? taker : { userId: userIdFor(`bench-party-${i % 50}`), name: `党员${i % 50}` };
      Object.assign(order, { takerId: by.userId, takerName: by.name });
      order.timeline.push(entry(by, '党员', 'grab', createdAt));
    }
    if (status === 'completed' || status === 'closed') {
      order.completionNote = '已处理';
      order.timeline.push(entry({ userId: order.takerId!, name: order.takerName! }, '党员', 'complete', createdAt));
    }
    if (status === 'closed') {
      order.rating = { score: 5 };
      order.timeline.push(entry(filer, '居民', 'rate', createdAt));
    }
    if (status === 'cancelled') order.timeline.push(entry(filer, '居民', 'cancel', createdAt));
    order.overdueLevel = overdueLevel(order, now);
    if (order.overdueLevel > 0) order.timeline.push(entry(SYSTEM, '系统', 'overdue', now));
    docs.push(orderDoc.parse(order) as Record<string, unknown>);
    stats.order(order);
  }
  insertInBatches(store, 'orders', docs);
  return String(docs[docs.length - 1]._id);
}

/**
 * Entries, their accounts and the 红榜 counters they move, as postEntry writes them (balance = Σ
 * entries; counters from domain/points/boards.ts), spread over 400 days.
 */
function seedLedger(
  store: BulkTarget,
  count: number,
  people: Resident[],
  random: () => number,
  now: Date,
  stats: StatsSums,
): void {
  const earners = [
    ...people,
    ...['demo-resident-1', 'demo-party-1'].map((openid) => {
      const p = person(openid);
      const gridId = demoBuildings.find((b) => b._id === p.buildingId)!.gridId;
      return { _id: userIdFor(openid), openid, name: p.name, buildingId: p.buildingId, gridId, room: p.room };
    }),
  ];
  const perPerson = Math.max(1, Math.floor(count / earners.length));
  const accounts: Record<string, unknown>[] = [];
  const counters: CounterSums = new Map();
  let entries: Record<string, unknown>[] = [];
  for (const who of earners) {
    const accountId = accountIdFor('c-demo', who._id);
    const times = Array.from({ length: perPerson }, () => now.getTime() - Math.floor(random() * 400 * DAY)).sort();
    let balance = 0;
    for (const t of times) {
      const amount = 1 + Math.floor(random() * 20);
      balance += amount;
      entries.push({
        _id: `award:bench:${randomBytes(12).toString('hex')}`,
        accountId,
        communityId: 'c-demo',
        userId: who._id,
        gridId: who.gridId,
        kind: 'earn',
        amount,
        lifetimeDelta: amount,
        area: 'volunteer',
        reason: '志愿服务',
        actorId: userIdFor('demo-admin'),
        balanceAfter: balance,
        at: new Date(t),
      });
      stats.entry({
        communityId: 'c-demo',
        gridId: who.gridId,
        kind: 'earn',
        amount,
        lifetimeDelta: amount,
        area: 'volunteer',
        at: new Date(t),
      });
      addToCounters(counters, {
        communityId: 'c-demo',
        userId: who._id,
        gridId: who.gridId,
        lifetimeDelta: amount,
        at: new Date(t),
      });
    }
    if (entries.length >= BATCH * 4) {
      insertInBatches(store, 'point_entries', entries);
      entries = [];
    }
    const at = new Date(now.getTime() - 400 * DAY);
    accounts.push({
      _id: accountId,
      communityId: 'c-demo',
      userId: who._id,
      gridId: who.gridId,
      balance,
      lifetime: balance,
      entryCount: perPerson,
      createdAt: at,
      updatedAt: now,
    });
  }
  insertInBatches(store, 'point_entries', entries);
  insertInBatches(store, 'point_accounts', accounts);
  insertInBatches(
    store,
    'point_counters',
    [...counters].map(([_id, c]) => ({ _id, ...c, updatedAt: now })),
  );
}

/**
 * Alone (the bench runs this in a child process, so the seeding's garbage never counts in the
 * local cloud's memory): `node --import tsx scripts/bench-seed.ts <dataDir> small|large`.
 * Goes through startLocalCloud's first-start hook, the same door `npm start` seeds through.
 */
async function seedDataDir(dataDir: string, sizeName: keyof typeof SIZES): Promise<void> {
  const { startLocalCloud } = await import('../localcloud');
  const { COLLECTIONS } = await import('../types/collections');
  const { seedDemo } = await import('./demo-seed');
  let seeded: Seeded | undefined;
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: dataDir,
    collections: [...COLLECTIONS],
    warmInstances: 0,
    seedIfEmpty: async (store) => {
      await seedDemo(store, { points: false, history: false, wishes: false });
      seeded = seedBench(store, SIZES[sizeName]);
    },
    log: () => undefined,
  });
  await cloud.close();
  process.stdout.write(JSON.stringify(seeded) + '\n');
}

if (process.argv[1]?.endsWith('bench-seed.ts')) {
  seedDataDir(process.argv[2], process.argv[3] as keyof typeof SIZES).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
