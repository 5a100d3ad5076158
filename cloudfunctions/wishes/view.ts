/**
 * A wish as one viewer may see it (domain/wishes/permissions.ts audienceOf):
 *   public  — what, for which kind of person in which building ("1号楼一位老人"), by when, photos,
 *             status, and a timeline of roles only. No name, room, phone or id of anyone.
 *   claimer — also the contact to call (the poster: the resident, or the leader who posted it for
 *             them) and their own fulfilment; not the room, not the name of whom it is for.
 *   full    — the poster, the resident it is for and admins: also the beneficiary and the claimer.
 * Lists carry the summary (no person at all); `get` adds the people the audience may see.
 */
import { WISH_CATEGORY_TABLE, WISH_STATUS_LABELS, type WishView } from '../../types/wishes';
import type { Actor } from '../../domain/actor';
import { WISH_COMMAND_LABELS, type WishCommand } from '../../domain/wishes/state-machine';
import { audienceOf, publicWho, wishAbilities, type WishAudience } from '../../domain/wishes/permissions';
import { buildingDoc, userDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import type { WishDoc } from './model';

export function wishSummary(wish: WishDoc, actor: Actor, buildingName: string): WishView {
  const category = WISH_CATEGORY_TABLE[wish.category];
  return {
    _id: wish._id,
    title: wish.title,
    description: wish.description,
    category: wish.category,
    categoryLabel: category.label,
    who: publicWho(buildingName, category.who),
    buildingName,
    dueDate: wish.dueDate,
    photos: wish.photos,
    status: wish.status,
    statusLabel: WISH_STATUS_LABELS[wish.status],
    createdAt: wish.createdAt.toISOString(),
    updatedAt: wish.updatedAt.toISOString(),
    timeline: wish.timeline.map((t) => ({
      action: t.action,
      label: WISH_COMMAND_LABELS[t.action as WishCommand | 'post'] ?? t.action,
      at: t.at.toISOString(),
      role: t.role,
    })),
    can: wishAbilities(actor, wish),
    postedByLeader: wish.postedByLeader,
  };
}

export async function buildingNameOf(buildingId: string): Promise<string> {
  return (await findById('buildings', buildingId, buildingDoc))?.name ?? '';
}

const person = async (userId: string | undefined) => (userId ? findById('users', userId, userDoc) : null);

/** The whole view one viewer may have of one wish (get and every action's answer). */
export async function wishDetail(wish: WishDoc, actor: Actor): Promise<WishView> {
  const audience: WishAudience = audienceOf(actor, wish);
  const view = wishSummary(wish, actor, await buildingNameOf(wish.buildingId));
  if (audience !== 'full' && audience !== 'claimer') return view;
  const fulfilment =
    wish.fulfilledAt && wish.fulfilNote
      ? {
          note: wish.fulfilNote,
          photos: wish.fulfilPhotos ?? [],
          minutes: wish.fulfilMinutes ?? 0,
          at: wish.fulfilledAt.toISOString(),
        }
      : undefined;
  const poster = await person(wish.posterId);
  const contact = poster ? { name: poster.name, phone: poster.phone } : undefined;
  if (audience === 'claimer')
    return { ...view, ...(contact ? { contact } : {}), ...(fulfilment ? { fulfilment } : {}) };
  const [beneficiary, claimer] = await Promise.all([
    wish.beneficiaryId === wish.posterId ? poster : person(wish.beneficiaryId),
    person(wish.claimerId),
  ]);
  return {
    ...view,
    ...(contact ? { contact } : {}),
    ...(beneficiary ? { beneficiary: { name: beneficiary.name, room: beneficiary.room } } : {}),
    ...(claimer ? { claimer: { name: claimer.name, phone: claimer.phone } } : {}),
    ...(fulfilment ? { fulfilment } : {}),
    ...(wish.reviewNote ? { reviewNote: wish.reviewNote } : {}),
  };
}
