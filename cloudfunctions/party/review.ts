/**
 * 报到审核 for the community admin: registrations by status (20 a page), confirm or reject, one
 * member's 1+X progress, and 结对 with a household. Confirming also makes the member a 党员 of the
 * grid they live in (when their address counts), so 抢单 and 召集令 reach them.
 */
import type { Page } from '../../types/envelope';
import type { MemberStatus } from '../../types/members';
import { memberRegistrationSchema } from '../../types/members';
import type { MemberDetail, RegistrationView } from '../../types/party';
import { currentPeriod } from '../../domain/party/rules';
import { countedBuildingId } from '../../domain/residence';
import { loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, BY_ID, orderedBy, pageFrom } from '../_shared/cursor';
import { notFound, refusal } from '../_shared/failure';
import { MEMBER_REGISTRATIONS, registrationOf } from '../_shared/members';
import { buildingDoc, userDoc } from '../_shared/models';
import { fetchDocs, findById } from '../_shared/records';
import {
  cardDoc,
  cardView,
  CARDS,
  pairingIdOf,
  PAIRINGS,
  pairingView,
  registrationView,
  suggestionsIn,
  unitById,
} from './model';
import { progressOf } from './progress';
import { cardIdOf } from '../../types/party';

const requireAdmin = () => loadAdmin('只有社区管理员可以审核在职党员报到');
const PAGE = 20;

async function unitNames(ids: string[]): Promise<Map<string, string>> {
  const units = await Promise.all([...new Set(ids)].map((id) => unitById(id)));
  return new Map(units.filter((u) => u !== null).map((u) => [u._id, u.name]));
}

export async function reviewList(input: { status: MemberStatus; cursor?: string }): Promise<Page<RegistrationView>> {
  const actor = await requireAdmin();
  const _ = db().command;
  const where = [{ communityId: actor.communityId, status: input.status }];
  if (input.cursor) where.push(afterCursor(input.cursor, BY_ID) as never);
  const docs = (
    await fetchDocs(orderedBy(db().collection(MEMBER_REGISTRATIONS).where(_.and(where)), BY_ID).limit(PAGE + 1))
  ).map((d) => memberRegistrationSchema.parse(d));
  const names = await unitNames(docs.map((d) => d.unitId));
  return pageFrom(docs, PAGE, BY_ID, (r) => registrationView(r, names.get(r.unitId) ?? ''));
}

/** Grants 党员 over the member's grid, when they live somewhere that counts (idempotent: addToSet). */
async function makePartyMember(userId: string): Promise<void> {
  const user = await findById('users', userId, userDoc);
  const buildingId = user ? countedBuildingId(user) : '';
  const building = buildingId ? await findById('buildings', buildingId, buildingDoc) : null;
  if (!user || !building || building.communityId !== user.communityId) return;
  const grant = { role: 'party_member', scope: { gridId: building.gridId } };
  await db()
    .collection('users')
    .doc(userId)
    .update({ data: { grants: db().command.addToSet(grant) } });
}

export async function decide(input: {
  userId: string;
  decision: 'confirm' | 'reject';
  reason?: string;
}): Promise<RegistrationView> {
  const actor = await requireAdmin();
  const reg = await registrationOf(actor.communityId, input.userId);
  if (!reg) throw notFound('报到记录');
  if (reg.status !== 'pending') throw refusal('REGISTRATION_DECIDED');
  const _ = db().command;
  const data =
    input.decision === 'confirm'
      ? { status: 'confirmed', confirmedAt: db().serverDate(), confirmedBy: actor.userId }
      : {
          status: 'rejected',
          confirmedAt: db().serverDate(),
          confirmedBy: actor.userId,
          rejectReason: input.reason || '未说明理由',
        };
  // Conditional on pending: of two admins deciding at once, one decides and the other is told.
  const res = (await db()
    .collection(MEMBER_REGISTRATIONS)
    .where({ _id: reg._id, communityId: actor.communityId, status: 'pending' })
    .update({ data: { ...data, ...(input.decision === 'confirm' ? { rejectReason: _.remove() } : {}) } })) as {
    stats: { updated: number };
  };
  if (res.stats.updated !== 1) throw refusal('REGISTRATION_DECIDED');
  if (input.decision === 'confirm') await makePartyMember(reg.userId);
  const after = await registrationOf(actor.communityId, input.userId);
  return registrationView(after ?? reg, (await unitById(reg.unitId))?.name ?? '');
}

export async function memberDetail(input: { userId: string; period: string }): Promise<MemberDetail> {
  const actor = await requireAdmin();
  const reg = await registrationOf(actor.communityId, input.userId);
  if (!reg) throw notFound('报到记录');
  const [unit, progress, card, suggestions] = await Promise.all([
    unitById(reg.unitId),
    progressOf(actor.communityId, reg.userId, input.period),
    findById(CARDS, cardIdOf(actor.communityId, reg.userId, input.period), cardDoc),
    suggestionsIn(actor.communityId, reg.userId, input.period),
  ]);
  return {
    registration: registrationView(reg, unit?.name ?? ''),
    progress: progress.view,
    suggestions,
    ...(progress.pairing ? { pairing: pairingView(progress.pairing) } : {}),
    ...(card ? { card: cardView(card) } : {}),
  };
}

/**
 * 结对: the admin pairs a confirmed member with a household of the community (a resident whose
 * address counts) for this quarter. Its name, building and room are for the member and the admin
 * only; the unit never sees them. Pairing again in the quarter replaces the household.
 */
export async function pair(
  input: { userId: string; householdId: string },
  now = new Date(),
): Promise<{ paired: true }> {
  const actor = await requireAdmin();
  const reg = await registrationOf(actor.communityId, input.userId);
  if (reg?.status !== 'confirmed') throw refusal('MEMBER_NOT_CONFIRMED');
  const household = await findById('users', input.householdId, userDoc);
  const buildingId = household && household.communityId === actor.communityId ? countedBuildingId(household) : '';
  const building = buildingId ? await findById('buildings', buildingId, buildingDoc) : null;
  if (!household || !building || household._id === reg.userId) throw refusal('PAIRING_HOUSEHOLD_INVALID');
  const period = currentPeriod(now);
  const data = {
    communityId: actor.communityId,
    userId: reg.userId,
    period,
    householdId: household._id,
    householdName: household.name,
    buildingName: building.name,
    room: household.room,
    pairedBy: actor.userId,
    at: db().serverDate(),
  };
  await db()
    .collection(PAIRINGS)
    .doc(pairingIdOf(actor.communityId, reg.userId, period))
    .set({ data });
  return { paired: true };
}
