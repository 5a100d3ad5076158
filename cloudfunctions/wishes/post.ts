/**
 * post: a resident posts a wish for themselves (at their confirmed address), or a building leader
 * posts one for a confirmed resident of a building they lead (一老一小一弱一特 who do not use the
 * app). It waits for the community's review before anyone else sees it. The same requestId from the
 * same poster is the same wish. A refusal for someone else never says whether they exist or where.
 */
import type { WishCategory, WishView } from '../../types/wishes';
import { chinaDay } from '../../domain/china-time';
import { countedBuildingId } from '../../domain/residence';
import { mayPostFor } from '../../domain/wishes/permissions';
import { actorFrom, loadCallerUser } from '../_shared/actor';
import { AppFailure, refusal } from '../_shared/failure';
import { wishIdFor } from '../_shared/ids/wishes';
import { buildingDoc, userDoc } from '../_shared/models';
import { ownPhotos } from '../_shared/photos';
import { findById, insertDoc } from '../_shared/records';
import { WISHES, wishDoc, type WishDoc } from './model';
import { wishDetail } from './view';

export interface PostInput {
  requestId: string;
  title: string;
  description: string;
  category: WishCategory;
  dueDate: string;
  photos?: string[];
  forUserId?: string;
}

export async function postWish(input: PostInput): Promise<{ wish: WishView }> {
  const caller = await loadCallerUser();
  const actor = actorFrom(caller);
  const photos = ownPhotos(input.photos, actor.userId);
  const _id = wishIdFor(actor.userId, input.requestId);
  const existing = await findById(WISHES, _id, wishDoc);
  if (existing) return { wish: await wishDetail(existing, actor) };

  const forOther = input.forUserId !== undefined && input.forUserId !== actor.userId;
  const beneficiary = forOther ? await findById('users', input.forUserId as string, userDoc) : caller;
  const home = beneficiary ? countedBuildingId(beneficiary) : '';
  if (!forOther && !home) throw refusal('WISH_NEEDS_ADDRESS');
  const target = { userId: beneficiary?._id ?? '', communityId: beneficiary?.communityId ?? '', buildingId: home };
  if (!beneficiary || !mayPostFor(actor, target)) throw refusal('WISH_FOR_OUT_OF_SCOPE');
  const building = await findById('buildings', home, buildingDoc);
  if (!building || building.communityId !== actor.communityId) throw refusal('WISH_FOR_OUT_OF_SCOPE');
  const now = new Date();
  if (input.dueDate < chinaDay(now)) throw new AppFailure('INVALID_ARGUMENT', '期望完成日期不能早于今天');

  const wish: WishDoc = {
    _id,
    communityId: actor.communityId,
    gridId: building.gridId,
    buildingId: building._id,
    category: input.category,
    title: input.title,
    description: input.description,
    photos,
    dueDate: input.dueDate,
    status: 'pending_review',
    posterId: actor.userId,
    postedByLeader: forOther,
    beneficiaryId: beneficiary._id,
    people: forOther ? [actor.userId, beneficiary._id] : [actor.userId],
    requestId: input.requestId,
    timeline: [{ action: 'post', at: now, role: forOther ? '楼栋长' : '居民' }],
    createdAt: now,
    updatedAt: now,
  };
  try {
    await insertDoc(WISHES, { ...wish });
  } catch (error) {
    // The same request racing itself: the first insert made it; answer that one.
    const twin = await findById(WISHES, _id, wishDoc);
    if (!twin) throw error;
    return { wish: await wishDetail(twin, actor) };
  }
  return { wish: await wishDetail(wish, actor) };
}
