/**
 * Helpers for points tests: give points, stock an item, and check every ledger invariant straight
 * from the store (not through the function under test).
 */
import { randomUUID } from 'node:crypto';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { countersOf, driftOf, type BoardFacts } from '../../domain/points/boards';
import { data, type TestCloud } from './cloud';

export const uid = userIdFor;
export const rid = () => randomUUID().replace(/-/g, '');

export async function award(cloud: TestCloud, openid: string, amount: number, admin = 'demo-admin') {
  return data(
    await cloud.call('points', admin, {
      action: 'award',
      userId: uid(openid),
      amount,
      area: 'volunteer',
      reason: '参加志愿服务',
      requestId: rid(),
    }),
  ).entry;
}

let itemSeq = 0;
export async function addItem(
  cloud: TestCloud,
  fields: { cost: number; stock: number; limitPerPerson?: number; name?: string; valueFen?: number },
  admin = 'demo-admin',
) {
  const name = fields.name ?? `测试商品${++itemSeq}-${rid().slice(0, 6)}`;
  return data(await cloud.call('points', admin, { action: 'item.save', ...fields, name })).item as {
    _id: string;
    name: string;
    stock: number;
  };
}

export async function balanceOf(cloud: TestCloud, openid: string) {
  return data(await cloud.call('points', openid, { action: 'balance' })) as {
    balance: number;
    lifetime: number;
    label: string;
  };
}

type Doc = Record<string, any>;

/**
 * Every invariant, read from the store: per account balance ≥ 0, balance = Σ amount, lifetime =
 * Σ lifetimeDelta, entryCount = #entries, balance ≤ lifetime; every entry belongs to an account;
 * every item's stock ≥ 0 and, when `initialStock` is given, stock + pending + fulfilled = initial;
 * each redemption has its spend entry, a refund entry iff it was cancelled or expired, and each
 * quota counter equals the person's pending + fulfilled redemptions of the item; every 红榜 counter
 * equals the sum of the earnings (and reversals) it counts.
 * Answers a list of human-readable breaches (empty when all hold).
 */
export function ledgerBreaches(cloud: TestCloud, initialStock: Record<string, number> = {}): string[] {
  const out: string[] = [];
  const accounts: Doc[] = cloud.store.find('point_accounts');
  const entries: Doc[] = cloud.store.find('point_entries');
  const byAccount = new Map<string, Doc[]>();
  for (const e of entries) byAccount.set(e.accountId, [...(byAccount.get(e.accountId) ?? []), e]);
  for (const a of accounts) {
    const mine = byAccount.get(a._id) ?? [];
    byAccount.delete(a._id);
    const balance = mine.reduce((s, e) => s + e.amount, 0);
    const lifetime = mine.reduce((s, e) => s + e.lifetimeDelta, 0);
    if (a.balance < 0) out.push(`${a._id}: balance ${a.balance} < 0`);
    if (a.balance !== balance) out.push(`${a._id}: balance ${a.balance} ≠ Σ entries ${balance}`);
    if (a.lifetime !== lifetime) out.push(`${a._id}: lifetime ${a.lifetime} ≠ Σ lifetime deltas ${lifetime}`);
    if (a.entryCount !== mine.length) out.push(`${a._id}: entryCount ${a.entryCount} ≠ ${mine.length}`);
    if (a.balance > a.lifetime) out.push(`${a._id}: balance ${a.balance} > lifetime ${a.lifetime}`);
  }
  for (const orphan of byAccount.keys()) out.push(`entries without an account: ${orphan}`);
  out.push(...counterBreaches(cloud, entries));
  const redemptions: Doc[] = cloud.store.find('redemptions');
  const entryIds = new Set(entries.map((e) => e._id));
  for (const r of redemptions) {
    if (!entryIds.has(`redeem:${r._id}`)) out.push(`${r._id}: no spend entry`);
    const refunded = entryIds.has(`refund:${r._id}`);
    const released = r.status === 'cancelled' || r.status === 'expired';
    if (refunded !== released) out.push(`${r._id}: status ${r.status} but refunded=${refunded}`);
  }
  for (const item of cloud.store.find('mall_items') as Doc[]) {
    if (item.stock < 0) out.push(`${item._id}: stock ${item.stock} < 0`);
    const holding = redemptions.filter(
      (r) => r.itemId === item._id && (r.status === 'pending' || r.status === 'fulfilled'),
    );
    // The shelf's books: a hold whose redemption was made from it is that redemption's unit.
    const inFlight = Object.entries(item.holds ?? {}).filter(
      ([rid, h]: [string, any]) => redemptions.find((r) => r._id === rid)?.holdToken !== h.token,
    ).length;
    if (item.supplied !== undefined && item.stock + inFlight + holding.length !== item.supplied) {
      out.push(
        `${item._id}: stock ${item.stock} + in flight ${inFlight} + held ${holding.length} ≠ supplied ${item.supplied}`,
      );
    }
    const initial = initialStock[item._id];
    if (initial !== undefined && item.stock + holding.length !== initial) {
      out.push(`${item._id}: stock ${item.stock} + held ${holding.length} ≠ ${initial}`);
    }
  }
  for (const q of cloud.store.find('mall_quotas') as Doc[]) {
    const held = redemptions.filter(
      (r) => r.itemId === q.itemId && r.userId === q.userId && (r.status === 'pending' || r.status === 'fulfilled'),
    );
    if (q.count !== held.length) out.push(`${q._id}: quota ${q.count} ≠ held ${held.length}`);
  }
  return out;
}

/** Every stored board counter against the counters the entries imply (domain/points/boards.ts). */
export function counterBreaches(cloud: TestCloud, entries: Doc[] = cloud.store.find('point_entries')): string[] {
  const expected = countersOf(entries.map((e) => ({ ...e, at: new Date(e.at) }) as BoardFacts));
  const stored = new Map((cloud.store.find('point_counters') as Doc[]).map((c) => [c._id, c]));
  const out: string[] = [];
  for (const id of new Set([...expected.keys(), ...stored.keys()])) {
    const s = stored.get(id);
    const drift = driftOf(s && { points: s.points, entries: s.entries }, expected.get(id));
    if (drift) out.push(`counter ${id}: ${JSON.stringify(drift.actual)} ≠ Σ entries ${JSON.stringify(drift.expected)}`);
  }
  return out;
}

/** Moves a pending redemption's expiry into the past, as time passing would. */
export function backdate(cloud: TestCloud, redemptionId: string): void {
  const [doc] = cloud.store.find('redemptions', { _id: redemptionId });
  if (!doc) throw new Error(`no redemption ${redemptionId}`);
  cloud.store.applyChanges([
    {
      coll: 'redemptions',
      key: redemptionId,
      before: doc,
      after: { ...doc, expiresAt: new Date(Date.now() - 60_000) },
    },
  ]);
}
