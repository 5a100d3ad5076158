/**
 * Writes the demo community (types/demo.ts) into an empty store: 示范社区 with two grids, four
 * buildings and a person for every role, plus 另一社区 to prove isolation. Used on first start of
 * the local cloud, by `npm run seed`, and by tests.
 */
import {
  DEMO_BUILDINGS,
  DEMO_COMMUNITY,
  DEMO_GRIDS,
  DEMO_INVITATIONS,
  DEMO_PENDING,
  DEMO_PEOPLE,
  OTHER_COMMUNITY,
  type DemoPerson,
} from '../types/demo';
import type { AddressStatus } from '../types/user';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { searchKeysOf } from '../cloudfunctions/_shared/search-keys';
import { accountIdFor, itemIdFor } from '../cloudfunctions/_shared/ids/points';
import { countersOf, type BoardFacts } from '../domain/points/boards';
import { seedDemoOrders } from './demo-orders';
import { seedDemoHistory } from './demo-history';
import { seedDemoNotices } from './demo-seed-notices';
import { seedDemoMeetings } from './demo-meetings';
import { DEMO_BUILDING_LOCATIONS, seedDemoPlaces } from './demo-places';
import { seedDemoBookings } from './demo-bookings';
import { demoMerchantEarnings, seedDemoMerchants } from './demo-merchants';
import { seedDemoSubscriptions } from './demo-subscriptions';
import { seedDemoWishes } from './demo-wishes';
import { demoUnitOf, seedDemoMembers, seedDemoParty } from './demo-party';
import { seedDemoActivities, type CounterStore } from './demo-activities';

/** The part of the local cloud's store the seed needs. */
export interface SeedTarget {
  insertMany(collection: string, docs: Record<string, unknown>[]): unknown;
}

/**
 * `points: false` leaves the ledger and the 爱心超市 empty: function tests that count points start
 * from zero. `orders: false` leaves out the demo orders (a 代办, an order in 整改, demo-orders.ts),
 * so tests that count orders start from none. `notices: false` leaves out the demo
 * notices (demo-seed-notices.ts). `meetings: false` leaves out the demo meetings (one starting soon
 * to sign in to, one with minutes: demo-meetings.ts). `subscriptions: false` leaves out the demo
 * workers' consent to subscribe messages (demo-subscriptions.ts), so tests that count messages
 * start from none. `npm start` and `npm run seed` get the full demo.
 */
export async function seedDemo(
  store: CounterStore,
  opts: {
    points?: boolean;
    orders?: boolean;
    notices?: boolean;
    meetings?: boolean;
    history?: boolean;
    subscriptions?: boolean;
    /** 微心愿 in every state (demo-wishes.ts), one confirmed with its points and hours */
    wishes?: boolean;
    /** 在职党员报到: the demo 共建单位, its admin, members, hours and a signed 反馈卡 (demo-party.ts) */
    party?: boolean;
    /** 活动清单 (demo-activities.ts): a past activity with hours and points, one today, a 召集令 */
    activities?: boolean;
  } = {},
  now = new Date(),
): Promise<void> {
  await store.insertMany('communities', [
    { ...DEMO_COMMUNITY, acceptsNewResidents: true, createdAt: now },
    { ...OTHER_COMMUNITY, acceptsNewResidents: false, createdAt: now },
  ]);
  await store.insertMany(
    'grids',
    DEMO_GRIDS.map((g) => ({ ...g, createdAt: now })),
  );
  await store.insertMany(
    'buildings',
    DEMO_BUILDINGS.map((b) => {
      const location = DEMO_BUILDING_LOCATIONS[b._id];
      return { ...b, ...(location ? { location } : {}), createdAt: now };
    }),
  );
  // Everyone of the demo lives at a confirmed address (认证), but for one newcomer waiting for it.
  const keys = new Map<string, string[]>();
  for (const p of [...DEMO_PEOPLE, DEMO_PENDING]) keys.set(p.name, await searchKeysOf(p.name));
  const userOf = (p: DemoPerson, addressStatus: AddressStatus) => ({
    _id: userIdFor(p.openid),
    openid: p.openid,
    communityId: p.communityId,
    name: p.name,
    phone: p.phone,
    buildingId: p.buildingId,
    room: p.room,
    grants: p.roles,
    addressStatus,
    searchKeys: keys.get(p.name),
    createdAt: now,
  });
  await store.insertMany('users', [...DEMO_PEOPLE.map((p) => userOf(p, 'confirmed')), userOf(DEMO_PENDING, 'pending')]);
  await store.insertMany(
    'invitations',
    DEMO_INVITATIONS.map((i) => ({ ...i, createdBy: userIdFor(i.createdBy), active: true, createdAt: now })),
  );
  // The 共建单位 and its registrations first: hours the later seeds credit take the member's unit
  // from them (demoUnitOf), as the functions' unitOfMember does.
  if (opts.party !== false) await seedDemoMembers(store, now);
  const unitOf = demoUnitOf(store);
  // The demo's confirmed 微心愿 earned its claimer points: its entries share the 红榜 counters.
  const wishEntries = opts.wishes !== false ? await seedDemoWishes(store, now, unitOf) : [];
  if (opts.points !== false) await seedDemoPoints(store, now, wishEntries);
  else await seedBoardCounters(store, wishEntries, now);
  if (opts.orders !== false) await seedDemoOrders(store, now);
  // Six months of finished orders for the 数据看板's trends (demo-history.ts); on with the demo orders.
  if (opts.history ?? opts.orders !== false) await seedDemoHistory(store, now);
  if (opts.notices !== false) await seedDemoNotices(store, now);
  if (opts.meetings !== false) await seedDemoMeetings(store, now);
  await seedDemoPlaces(store, now);
  // rooms of the demo places, a few bookings and a blocked slot (demo-bookings.ts)
  await seedDemoBookings(store, now);
  // Its past activity credits points: off with the points, like the ledger's other demo entries.
  if (opts.activities ?? opts.points !== false) await seedDemoActivities(store, now, unitOf);
  await seedDemoMerchants(store, now, opts.points !== false);
  if (opts.subscriptions !== false) await seedDemoSubscriptions(store, now);
  if (opts.party !== false) await seedDemoParty(store, now);
}

/** 爱心超市 shelves of the demo community, with their 参考价值 (分) for the 数据看板's ¥ figure. */
const DEMO_ITEMS = [
  { name: '洗衣粉（大袋）', cost: 30, stock: 20, valueFen: 2990 },
  { name: '食用油 5L', cost: 50, stock: 10, valueFen: 6980 },
  { name: '鸡蛋一盒', cost: 15, stock: 30, valueFen: 1250 },
  { name: '理发券', cost: 20, stock: 15, limitPerPerson: 1, valueFen: 2000 },
];

/** Opening balances, each explained by an earning entry, so balance = Σ entries from the start. */
const DEMO_BALANCES: Array<{ openid: string; amount: number; reason: string }> = [
  { openid: 'demo-resident-1', amount: 120, reason: '示范数据：参加楼道清扫志愿服务' },
  { openid: 'demo-resident-2', amount: 60, reason: '示范数据：参加邻里互助' },
  { openid: 'demo-party-1', amount: 30, reason: '示范数据：党员报到服务' },
];

/** The 红榜 counters the entries imply, as postEntry would have moved them. */
export async function seedBoardCounters(store: SeedTarget, entries: BoardFacts[], now: Date): Promise<void> {
  if (!entries.length) return;
  const counters = [...countersOf(entries).entries()].map(([_id, c]) => ({ _id, ...c, updatedAt: now }));
  await store.insertMany('point_counters', counters);
}

/** `alsoEarned`: entries seeded elsewhere (a confirmed 微心愿's) whose counters are written with these. */
export async function seedDemoPoints(
  store: SeedTarget,
  now = new Date(),
  alsoEarned: BoardFacts[] = [],
): Promise<void> {
  await store.insertMany(
    'mall_items',
    DEMO_ITEMS.map((item) => ({
      _id: itemIdFor('c-demo', item.name),
      communityId: 'c-demo',
      ...item,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const gridOf = (buildingId: string) => DEMO_BUILDINGS.find((b) => b._id === buildingId)?.gridId ?? '';
  // Opening balances, then the 便民服务积分 the demo merchant's past confirmations earned (demo-merchants.ts).
  const earnings = [
    ...DEMO_BALANCES.map((b) => ({ ...b, _id: '', area: 'volunteer', actorId: 'system', at: now })),
    ...demoMerchantEarnings(now),
  ];
  const accounts = new Map<string, { person: DemoPerson; balance: number; entryCount: number; at: Date }>();
  const entries = earnings.map(({ openid, amount, reason, area, actorId, at, _id }) => {
    const person = DEMO_PEOPLE.find((p) => p.openid === openid)!;
    const userId = userIdFor(person.openid);
    const account = accounts.get(userId) ?? { person, balance: 0, entryCount: 0, at };
    account.balance += amount;
    account.entryCount += 1;
    account.at = at > account.at ? at : account.at;
    accounts.set(userId, account);
    return {
      _id: _id || `award:seed:${userId}`,
      accountId: accountIdFor(person.communityId, userId),
      communityId: person.communityId,
      userId,
      gridId: gridOf(person.buildingId),
      kind: 'earn',
      amount,
      lifetimeDelta: amount,
      area,
      reason,
      actorId,
      balanceAfter: account.balance,
      at,
    };
  });
  await store.insertMany('point_entries', entries);
  await seedBoardCounters(store, [...entries, ...alsoEarned], now);
  await store.insertMany(
    'point_accounts',
    [...accounts].map(([userId, { person, balance, entryCount, at }]) => ({
      _id: accountIdFor(person.communityId, userId),
      communityId: person.communityId,
      userId,
      gridId: gridOf(person.buildingId),
      balance,
      lifetime: balance,
      entryCount,
      createdAt: now,
      updatedAt: at,
    })),
  );
}
