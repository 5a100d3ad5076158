/**
 * Posting to the points ledger, shared by `points`, `points-timer`, `orders` (and later meetings).
 *
 * `postEntry(tx, entry)` writes one entry, the account change it explains and the 红榜 counters
 * an earning moves (points/counters.ts) in the caller's transaction, so they land together or not
 * at all. It keeps, per account:
 *   balance = Σ amount ≥ 0,  lifetime = Σ lifetimeDelta,  entryCount = number of entries,
 * and it is idempotent on the entry id (the cause): if the entry exists it writes nothing and
 * answers the stored one. Entries are only ever added, never updated or removed.
 */
import { z } from 'zod';
import { ENTRY_KINDS, POINT_AREAS, type EntryKind, type PointArea, type PointSettings } from '../../types/points';
import { accountIdFor } from './ids/points';
import { lifetimeDeltaOf, post } from '../../domain/points/ledger';
import { pointSettingsFrom } from '../../domain/points/settings';
import { countedBuildingId, earnsPoints } from '../../domain/residence';
import { pointSettingsSchema } from '../../types/points';
import { AppFailure, refusal } from './failure';
import { buildingDoc, communityDoc, userDoc, type UserDoc } from './models';
import { findById } from './records';
import { afterCommit, txGet, type Tx } from './transaction';
import { moveCounters } from './points/counters';
import { moveStats } from './stats/counters';
import { entryMoves } from './stats/points';

export const ACCOUNTS = 'point_accounts';
export const ENTRIES = 'point_entries';
const date = z.coerce.date();

export const accountDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  userId: z.string(),
  /** The holder's grid as of their latest entry (for grid boards); '' before they choose a building. */
  gridId: z.string(),
  balance: z.number(),
  lifetime: z.number(),
  entryCount: z.number(),
  createdAt: date,
  updatedAt: date,
});
export type AccountDoc = z.infer<typeof accountDoc>;

export const entryDoc = z.object({
  _id: z.string(),
  accountId: z.string(),
  communityId: z.string(),
  userId: z.string(),
  gridId: z.string(),
  kind: z.enum(ENTRY_KINDS),
  amount: z.number(),
  lifetimeDelta: z.number(),
  area: z.enum(POINT_AREAS).optional(),
  reason: z.string(),
  actorId: z.string(),
  reverses: z.string().optional(),
  balanceAfter: z.number(),
  at: date,
});
export type EntryDoc = z.infer<typeof entryDoc>;

/** Who an entry is for: the account holder, with the grid their building is in. */
export interface Holder {
  userId: string;
  name: string;
  communityId: string;
  gridId: string;
  /** May earn (domain/residence.ts earnsPoints): false while a resident's address waits for 认证. */
  earns: boolean;
}

export interface EntryInput {
  /** The cause, e.g. `order:<orderId>:taker`: the same cause is the same entry. */
  _id: string;
  holder: Holder;
  kind: EntryKind;
  amount: number;
  area?: PointArea;
  reason: string;
  actorId: string;
  reverses?: string;
  /** The grid the entry counts for on boards; the holder's by default (a reversal: its original's). */
  gridId?: string;
  at: Date;
}

export async function readAccount(tx: Tx, communityId: string, userId: string): Promise<AccountDoc | null> {
  const raw = await txGet(tx, ACCOUNTS, accountIdFor(communityId, userId));
  return raw ? accountDoc.parse(raw) : null;
}

/**
 * What a caller already knows inside this transaction, to save two reads on a hot path: the
 * account as it read it, and that the entry cannot exist yet (its cause — a redemption not yet
 * made, or still pending — was read in this same transaction, and the two are only ever written
 * together).
 */
export interface KnownInTransaction {
  account: AccountDoc | null;
}

/** Writes the entry and its account change, or nothing if the entry exists. RESOURCE_EXHAUSTED below zero. */
export async function postEntry(
  tx: Tx,
  input: EntryInput,
  known?: KnownInTransaction,
): Promise<{ entry: EntryDoc; created: boolean }> {
  if (!known) {
    const existing = await txGet(tx, ENTRIES, input._id);
    if (existing) return { entry: entryDoc.parse(existing), created: false };
  }
  const { holder } = input;
  // Whose address counts (domain/residence.ts): an unconfirmed claim earns nothing, on any path.
  if (input.kind === 'earn' && !holder.earns) throw refusal('ADDRESS_UNCONFIRMED');
  const accountId = accountIdFor(holder.communityId, holder.userId);
  const account = known ? known.account : await readAccount(tx, holder.communityId, holder.userId);
  const lifetimeDelta = lifetimeDeltaOf(input.kind, input.amount);
  const next = post(account, { kind: input.kind, amount: input.amount, lifetimeDelta });
  if (!next.ok) throw new AppFailure(next.code, next.message, next.reason);
  const figures = { ...next.value, gridId: holder.gridId, updatedAt: input.at };
  if (account) await tx.collection(ACCOUNTS).doc(accountId).update({ data: figures });
  else {
    const fresh = { communityId: holder.communityId, userId: holder.userId, createdAt: input.at, ...figures };
    await tx.collection(ACCOUNTS).doc(accountId).set({ data: fresh });
  }
  const entry: EntryDoc = {
    _id: input._id,
    accountId,
    communityId: holder.communityId,
    userId: holder.userId,
    gridId: input.gridId ?? holder.gridId,
    kind: input.kind,
    amount: input.amount,
    lifetimeDelta,
    ...(input.area ? { area: input.area } : {}),
    reason: input.reason,
    actorId: input.actorId,
    ...(input.reverses ? { reverses: input.reverses } : {}),
    balanceAfter: next.value.balance,
    at: input.at,
  };
  await tx.collection(ENTRIES).add({ data: entry });
  // The boards' counters move with the entry or not at all (an earning or a reversal moves them).
  await moveCounters(tx, entry, input.at);
  // The 数据看板's counters (earned by area, spent in the 爱心超市) move once it has committed: in the
  // transaction, every redemption of a community wrote the same month's counter documents, so 20
  // people redeeming at once conflicted and retried (81 database round trips a redemption).
  afterCommit(tx, () => moveStats(entryMoves(entry)));
  return { entry, created: true };
}

/** A member of `communityId` as an account holder; null when there is no such member there. */
export async function loadHolder(userId: string, communityId: string): Promise<Holder | null> {
  const user = await findById('users', userId, userDoc);
  if (!user || user.communityId !== communityId) return null;
  return holderOf(user);
}

/** The holder a user record describes (one read: their building's grid). */
export async function holderOf(user: UserDoc): Promise<Holder> {
  const communityId = user.communityId;
  const counted = countedBuildingId(user);
  const building = counted ? await findById('buildings', counted, buildingDoc) : null;
  const gridId = building && building.communityId === communityId ? building.gridId : '';
  return { userId: user._id, name: user.name, communityId, gridId, earns: earnsPoints(user) };
}

/** The community's points table (settings.points) over the defaults; a malformed table falls back to them. */
export async function loadPointSettings(communityId: string): Promise<PointSettings> {
  const community = await findById('communities', communityId, communityDoc);
  const parsed = pointSettingsSchema.safeParse(community?.settings?.points);
  return pointSettingsFrom(parsed.success ? parsed.data : undefined);
}
