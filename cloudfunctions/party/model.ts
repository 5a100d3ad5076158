/**
 * The `party` function's stored shapes and shared reads: 共建单位, 结对, 建议, signed 反馈卡, and the
 * views built from them. Queries (deploy/indexes.json): units by (communityIds, _id); suggestions by
 * (communityId, userId, period); hour entries by (communityId, userId, at); orders by
 * (communityId, takerId, createdAt); cards by (unitId, signedAt, _id); the rest by _id.
 */
import { z } from 'zod';
import { HOUR_SOURCES } from '../../types/hours';
import { unitSchema, type MemberRegistration, type Unit } from '../../types/members';
import type { CardView, PairingView, RegistrationView } from '../../types/party';
import { periodRange } from '../../domain/ledgers/period';
import { chinaDay } from '../../domain/china-time';
import { db } from '../_shared/cloud';
import { newestFirst } from '../_shared/cursor';
import { HOUR_ENTRIES, hourEntryDoc, type HourEntryDoc } from '../_shared/hours-ledger';
import { UNITS } from '../_shared/members';
import { communityDoc } from '../_shared/models';
import { fetchDocs, findAll, findById } from '../_shared/records';
import { readPaged } from '../_shared/read-paged';

export const PAIRINGS = 'member_pairings';
export const SUGGESTIONS = 'member_suggestions';
export const CARDS = 'feedback_cards';
const date = z.coerce.date();

/** One 结对 per member per quarter (`_id` = communityId_userId_period). */
export const pairingDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  userId: z.string(),
  period: z.string(),
  householdId: z.string(),
  householdName: z.string(),
  buildingName: z.string(),
  room: z.string(),
  pairedBy: z.string(),
  at: date,
});
export const pairingIdOf = (communityId: string, userId: string, period: string) =>
  `${communityId}_${userId}_${period}`;

/** A service line printed on the card: what the hours were for (the ledger's source and reason). */
export const cardServiceSchema = z.object({
  at: date,
  source: z.enum(HOUR_SOURCES),
  reason: z.string(),
  minutes: z.number(),
});

/**
 * A signed 反馈卡: what the community signed off, frozen at signing (later entries do not change
 * it). It exists only once signed, so the unit never sees a draft.
 */
export const cardDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  userId: z.string(),
  memberName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  partyOrg: z.string(),
  period: z.string(),
  services: z.array(cardServiceSchema),
  totalMinutes: z.number(),
  rating: z.object({ average: z.number(), count: z.number() }).nullable(),
  progress: z.array(z.object({ kind: z.string(), count: z.number(), met: z.boolean() })),
  /** The member's 建议 of the period as they wrote them (1+X's "one suggestion"), oldest first. */
  suggestions: z.array(z.object({ text: z.string(), at: date })),
  remark: z.string(),
  signedAt: date,
  signedBy: z.string(),
});
export type CardDoc = z.infer<typeof cardDoc>;

export const unitById = (unitId: string): Promise<Unit | null> => findById(UNITS, unitId, unitSchema);

/** The 共建单位 a community pairs with, by _id. */
export const unitsOfCommunity = (communityId: string): Promise<Unit[]> =>
  findAll(UNITS, { communityIds: communityId }, unitSchema, 200);

export async function communityName(communityId: string): Promise<string> {
  return (await findById('communities', communityId, communityDoc))?.name ?? '';
}

export function registrationView(r: MemberRegistration, unitName: string): RegistrationView {
  return {
    _id: r._id,
    userId: r.userId,
    communityId: r.communityId,
    name: r.name,
    unitId: r.unitId,
    unitName,
    partyOrg: r.partyOrg,
    skills: r.skills,
    skillsNote: r.skillsNote,
    availableTimes: r.availableTimes,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    ...(r.rejectReason ? { rejectReason: r.rejectReason } : {}),
  };
}

export function pairingView(p: z.infer<typeof pairingDoc>): PairingView {
  return { householdName: p.householdName, buildingName: p.buildingName, room: p.room, period: p.period };
}

export function cardView(c: CardDoc): CardView {
  return {
    _id: c._id,
    communityId: c.communityId,
    communityName: c.communityName,
    userId: c.userId,
    memberName: c.memberName,
    unitId: c.unitId,
    unitName: c.unitName,
    period: c.period,
    periodLabel: periodRange(c.period)?.label ?? c.period,
    totalMinutes: c.totalMinutes,
    remark: c.remark,
    signedAt: chinaDay(c.signedAt),
  };
}

/** [from, to) of a quarter; the schema has checked its shape. */
export function rangeOf(period: string): { from: Date; to: Date; label: string } {
  const range = periodRange(period);
  if (!range) throw new Error(`not a period: ${period}`);
  return range;
}

/** A person's hours entries in the period, newest first. */
export function hourEntriesIn(communityId: string, userId: string, period: string): Promise<HourEntryDoc[]> {
  const { from, to } = rangeOf(period);
  const _ = db().command;
  return readPaged(
    HOUR_ENTRIES,
    [{ communityId, userId }, { at: _.gte(from).and(_.lt(to)) }],
    newestFirst('at'),
    hourEntryDoc,
  );
}

const suggestionDoc = z.object({ _id: z.string(), text: z.string(), at: date });

/** The most a card and the admin's page list of a member's suggestions in one period. */
export const MAX_SUGGESTIONS = 20;

/** A member's suggestions in the period (the first 20, oldest first), as stored. */
export async function suggestionDocsIn(
  communityId: string,
  userId: string,
  period: string,
): Promise<{ text: string; at: Date }[]> {
  const docs = await fetchDocs(
    db().collection(SUGGESTIONS).where({ communityId, userId, period }).orderBy('_id', 'asc').limit(MAX_SUGGESTIONS),
  );
  return docs
    .map((d) => suggestionDoc.parse(d))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((s) => ({ text: s.text, at: s.at }));
}

/** A member's suggestions in the period, for the admin. */
export async function suggestionsIn(communityId: string, userId: string, period: string) {
  return (await suggestionDocsIn(communityId, userId, period)).map((s) => ({ text: s.text, at: chinaDay(s.at) }));
}

/** How many suggestions a member gave in the period. */
export async function suggestionCount(communityId: string, userId: string, period: string): Promise<number> {
  const res = (await db().collection(SUGGESTIONS).where({ communityId, userId, period }).count()) as { total: number };
  return res.total;
}
