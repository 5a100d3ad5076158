/**
 * The 志愿服务时长 ledger (issue 14), shared by activities, 微心愿 and the 反馈卡.
 *
 * `postHours(tx, input)` writes one entry and the person's hours account (and their unit's, when
 * the person serves for a 共建单位) in the caller's transaction, so they land together or not at
 * all. Per account: totalMinutes = Σ minutes of its entries, entryCount = their number. It is
 * idempotent on the entry id (the cause, domain/hours/credit.ts hourCauses): if the entry exists
 * it writes nothing and answers the stored one. Entries are only ever added: hours are never
 * spent, reversed or lost.
 */
import { z } from 'zod';
import { HOUR_SOURCES, hourMinutesSchema, type HourSource } from '../../types/hours';
import { AppFailure } from './failure';
import { txGet, type Tx } from './transaction';

export const HOUR_ENTRIES = 'hour_entries';
export const HOUR_ACCOUNTS = 'hour_accounts';
const date = z.coerce.date();

export const hourEntryDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  userId: z.string(),
  /** The 共建单位 the person served for when credited ('' for none): units' totals and 反馈卡 read it. */
  unitId: z.string(),
  minutes: z.number().int().positive(),
  source: z.enum(HOUR_SOURCES),
  /** The activity, wish, order… id the hours are for. */
  sourceId: z.string(),
  reason: z.string(),
  actorId: z.string(),
  at: date,
});
export type HourEntryDoc = z.infer<typeof hourEntryDoc>;

export const hourAccountDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  /** 'person' accounts are one per person per community; 'unit' accounts one per 共建单位 per community. */
  holder: z.enum(['person', 'unit']),
  holderId: z.string(),
  totalMinutes: z.number().int().nonnegative(),
  entryCount: z.number().int().nonnegative(),
  updatedAt: date,
});
export type HourAccountDoc = z.infer<typeof hourAccountDoc>;

export const personHoursId = (communityId: string, userId: string): string => `hp_${communityId}_${userId}`;
export const unitHoursId = (communityId: string, unitId: string): string => `hu_${communityId}_${unitId}`;

export interface HoursInput {
  /** The cause (hourCauses): the same cause is the same entry. */
  _id: string;
  communityId: string;
  userId: string;
  unitId?: string;
  minutes: number;
  source: HourSource;
  sourceId: string;
  reason: string;
  actorId: string;
  at: Date;
}

async function addToAccount(
  tx: Tx,
  id: string,
  holder: HourAccountDoc['holder'],
  holderId: string,
  entry: HourEntryDoc,
): Promise<void> {
  const raw = await txGet(tx, HOUR_ACCOUNTS, id);
  const account = raw ? hourAccountDoc.parse(raw) : null;
  const figures = {
    totalMinutes: (account?.totalMinutes ?? 0) + entry.minutes,
    entryCount: (account?.entryCount ?? 0) + 1,
    updatedAt: entry.at,
  };
  if (account) await tx.collection(HOUR_ACCOUNTS).doc(id).update({ data: figures });
  else {
    const fresh = { communityId: entry.communityId, holder, holderId, ...figures };
    await tx.collection(HOUR_ACCOUNTS).doc(id).set({ data: fresh });
  }
}

/** Writes the entry and its accounts' change, or nothing if the entry exists. */
export async function postHours(tx: Tx, input: HoursInput): Promise<{ entry: HourEntryDoc; created: boolean }> {
  const existing = await txGet(tx, HOUR_ENTRIES, input._id);
  if (existing) return { entry: hourEntryDoc.parse(existing), created: false };
  const minutes = hourMinutesSchema.safeParse(input.minutes);
  if (!minutes.success) throw new AppFailure('INVALID_ARGUMENT', minutes.error.issues[0]?.message ?? '时长不正确');
  const entry: HourEntryDoc = {
    _id: input._id,
    communityId: input.communityId,
    userId: input.userId,
    unitId: input.unitId ?? '',
    minutes: minutes.data,
    source: input.source,
    sourceId: input.sourceId,
    reason: input.reason,
    actorId: input.actorId,
    at: input.at,
  };
  await tx.collection(HOUR_ENTRIES).add({ data: entry });
  await addToAccount(tx, personHoursId(entry.communityId, entry.userId), 'person', entry.userId, entry);
  if (entry.unitId) await addToAccount(tx, unitHoursId(entry.communityId, entry.unitId), 'unit', entry.unitId, entry);
  return { entry, created: true };
}

/** A person's (or a unit's) hours account, read in the caller's transaction; null before any entry. */
export async function readHourAccount(tx: Tx, id: string): Promise<HourAccountDoc | null> {
  const raw = await txGet(tx, HOUR_ACCOUNTS, id);
  return raw ? hourAccountDoc.parse(raw) : null;
}
