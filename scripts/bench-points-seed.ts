/**
 * Seeding for the points bench (bench-points.ts): people with ledger entries, written straight into
 * the store with the accounts and 红榜 counters they imply (domain/points/boards.ts), as postEntry
 * would write them.
 */
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { accountIdFor } from '../cloudfunctions/_shared/ids/points';
import { addToCounters, type CounterSums } from '../domain/points/boards';

export interface SeedTarget {
  insertMany(coll: string, docs: Record<string, unknown>[]): unknown;
  get(coll: string, key: string): Record<string, unknown> | null;
  applyChanges(changes: { coll: string; key: string; before: any; after: any }[]): void;
}

const GRIDS = ['g-demo-1', 'g-demo-2'];
const BUILDINGS = ['b-demo-1-1', 'b-demo-2-1'];
const DAY_MS = 86_400_000;

/**
 * `count` people of c-demo, each with `entriesEach` earnings spread over `spreadDays`, written as
 * postEntry writes them: entries, the account, and every counter they move. In batches, so a
 * million entries never sit in memory at once.
 */
export function seedPeople(
  cloud: { store: SeedTarget },
  prefix: string,
  count: number,
  entriesEach: number,
  spreadDays: number,
) {
  const now = Date.now();
  const BATCH = Math.max(1, Math.floor(50_000 / entriesEach));
  const openids: string[] = [];
  for (let from = 0; from < count; from += BATCH) {
    const users: Record<string, unknown>[] = [];
    const accounts: Record<string, unknown>[] = [];
    const entries: Record<string, unknown>[] = [];
    const counters: CounterSums = new Map();
    for (let i = from; i < Math.min(count, from + BATCH); i += 1) {
      const openid = `${prefix}-${i}`;
      const userId = userIdFor(openid);
      const gridId = GRIDS[i % 2];
      const accountId = accountIdFor('c-demo', userId);
      openids.push(openid);
      users.push({
        _id: userId,
        openid,
        communityId: 'c-demo',
        name: `压测${i}`,
        phone: '13700000000',
        buildingId: BUILDINGS[i % 2],
        room: '101',
        grants: [],
      });
      let balance = 0;
      for (let k = 0; k < entriesEach; k += 1) {
        const amount = 1 + ((i * 31 + k * 7) % 20);
        balance += amount;
        const at = new Date(now - (spreadDays ? Math.floor(Math.random() * spreadDays * DAY_MS) : 0));
        entries.push({
          _id: `award:bench:${prefix}:${i}:${k}`,
          accountId,
          communityId: 'c-demo',
          userId,
          gridId,
          kind: 'earn',
          amount,
          lifetimeDelta: amount,
          area: 'volunteer',
          reason: '压测',
          actorId: 'bench',
          balanceAfter: balance,
          at,
        });
        addToCounters(counters, { communityId: 'c-demo', userId, gridId, lifetimeDelta: amount, at });
      }
      const old = new Date(now - 2 * DAY_MS); // not "changed since the last timer run"
      accounts.push({
        _id: accountId,
        communityId: 'c-demo',
        userId,
        gridId,
        balance,
        lifetime: balance,
        entryCount: entriesEach,
        createdAt: old,
        updatedAt: old,
      });
    }
    cloud.store.insertMany('users', users);
    cloud.store.insertMany('point_accounts', accounts);
    cloud.store.insertMany('point_entries', entries);
    // A person's counters are theirs alone; a grid's are shared with earlier seeding: added to.
    const own = [...counters].filter(([, c]) => c.board !== 'grids');
    cloud.store.insertMany(
      'point_counters',
      own.map(([_id, c]) => ({ _id, ...c, updatedAt: new Date(now) })),
    );
    for (const [_id, c] of counters) if (c.board === 'grids') addToStoredCounter(cloud, _id, { ...c }, now);
  }
  return openids;
}

function addToStoredCounter(cloud: { store: SeedTarget }, _id: string, c: Record<string, unknown>, now: number): void {
  const before = cloud.store.get('point_counters', _id) as { points: number; entries: number } | null;
  const after = {
    ...(before ?? c),
    _id,
    points: (before?.points ?? 0) + (c.points as number),
    entries: (before?.entries ?? 0) + (c.entries as number),
    updatedAt: new Date(now),
  };
  cloud.store.applyChanges([{ coll: 'point_counters', key: _id, before, after }]);
}
