/**
 * The member's side of 在职党员报到: the units to choose from, 报到 itself (once per person per
 * community: the record's `_id` is communityId_userId, so a double submit, however concurrent,
 * inserts one), the member's status and 1+X progress, and a 建议.
 */
import { registrationId, type RegistrationInput } from '../../types/members';
import type { MineView, RegistrationView, UnitView } from '../../types/party';
import { currentPeriod } from '../../domain/party/rules';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { refusal } from '../_shared/failure';
import { MEMBER_REGISTRATIONS, registrationOf } from '../_shared/members';
import { pairingView, registrationView, SUGGESTIONS, unitById, unitsOfCommunity } from './model';
import { progressOf } from './progress';

export async function listUnits(): Promise<{ units: UnitView[] }> {
  const actor = await loadActor();
  const units = await unitsOfCommunity(actor.communityId);
  return { units: units.map((u) => ({ _id: u._id, name: u.name, kind: u.kind })) };
}

async function viewOf(communityId: string, userId: string): Promise<RegistrationView> {
  const reg = await registrationOf(communityId, userId);
  if (!reg) throw new Error('registration vanished');
  return registrationView(reg, (await unitById(reg.unitId))?.name ?? '');
}

/**
 * Registers the caller. Pending already: answers it unchanged (a retry). Rejected: the new form
 * replaces it, pending again. Confirmed: REGISTRATION_CONFIRMED (changes go through the community).
 */
export async function register(
  input: RegistrationInput,
): Promise<{ registration: RegistrationView; created: boolean }> {
  const actor = await loadActor();
  const unit = await unitById(input.unitId);
  if (!unit || !unit.communityIds.includes(actor.communityId)) throw refusal('UNIT_NOT_PAIRED');
  const id = registrationId(actor.communityId, actor.userId);
  const form = {
    unitId: unit._id,
    partyOrg: input.partyOrg,
    skills: [...new Set(input.skills)],
    skillsNote: input.skillsNote,
    availableTimes: [...new Set(input.availableTimes)],
    name: actor.name,
  };
  const before = await registrationOf(actor.communityId, actor.userId);
  if (before?.status === 'confirmed') throw refusal('REGISTRATION_CONFIRMED');
  if (before?.status === 'pending')
    return { registration: await viewOf(actor.communityId, actor.userId), created: false };
  if (before) {
    // Rejected or left: a fresh form, pending again — only if nobody changed it meanwhile.
    const _ = db().command;
    const res = (await db()
      .collection(MEMBER_REGISTRATIONS)
      .where({ _id: id, status: before.status })
      .update({
        data: {
          ...form,
          status: 'pending',
          createdAt: db().serverDate(),
          rejectReason: _.remove(),
          confirmedAt: _.remove(),
          confirmedBy: _.remove(),
        },
      })) as { stats: { updated: number } };
    return { registration: await viewOf(actor.communityId, actor.userId), created: res.stats.updated === 1 };
  }
  try {
    await db()
      .collection(MEMBER_REGISTRATIONS)
      .add({
        data: {
          _id: id,
          communityId: actor.communityId,
          userId: actor.userId,
          ...form,
          status: 'pending',
          createdAt: db().serverDate(),
        },
      });
  } catch (error) {
    // The same _id inserted by a concurrent submit: that one is the registration.
    if (!(await registrationOf(actor.communityId, actor.userId))) throw error;
    return { registration: await viewOf(actor.communityId, actor.userId), created: false };
  }
  return { registration: await viewOf(actor.communityId, actor.userId), created: true };
}

export async function mine(input: { period?: string }, now = new Date()): Promise<MineView> {
  const actor = await loadActor();
  const reg = await registrationOf(actor.communityId, actor.userId);
  if (!reg) return { registration: null };
  const registration = registrationView(reg, (await unitById(reg.unitId))?.name ?? '');
  if (reg.status !== 'confirmed') return { registration };
  const { view, pairing } = await progressOf(actor.communityId, actor.userId, input.period ?? currentPeriod(now));
  return { registration, progress: view, ...(pairing ? { pairing: pairingView(pairing) } : {}) };
}

/** A confirmed member's 建议 to the community, counted once per requestId. */
export async function suggest(input: { text: string; requestId: string }, now = new Date()): Promise<{ saved: true }> {
  const actor = await loadActor();
  const reg = await registrationOf(actor.communityId, actor.userId);
  if (reg?.status !== 'confirmed') throw refusal('MEMBER_NOT_CONFIRMED');
  const data = {
    _id: `sg_${actor.userId}_${input.requestId}`,
    communityId: actor.communityId,
    userId: actor.userId,
    period: currentPeriod(now),
    text: input.text,
    at: db().serverDate(),
  };
  try {
    await db().collection(SUGGESTIONS).add({ data });
  } catch (error) {
    // A retry of the same request: already saved.
    const [again] = (
      (await db().collection(SUGGESTIONS).where({ _id: data._id }).limit(1).get()) as { data: unknown[] }
    ).data;
    if (!again) throw error;
  }
  return { saved: true };
}
