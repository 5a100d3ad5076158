/**
 * The stored wish and the reads every action shares. A wish stores ids only — never a name, a room
 * or a phone: those are read from the people's own records when (and only when) a viewer's
 * audience may see them (view.ts), so a copied field can never leak or go stale.
 */
import { z } from 'zod';
import { WISH_CATEGORIES, WISH_STATUSES } from '../../types/wishes';
import { POINT_AREAS } from '../../types/points';
import { wishSettingsFrom, type WishSettings } from '../../domain/wishes/settings';
import type { Actor } from '../../domain/actor';
import { audienceOf, type WishAudience } from '../../domain/wishes/permissions';
import { communityDoc } from '../_shared/models';
import { notFound } from '../_shared/failure';
import { findById } from '../_shared/records';

const date = z.coerce.date();

export const wishTimelineDoc = z.object({ action: z.string(), at: date, role: z.string() });
export type WishTimelineDoc = z.infer<typeof wishTimelineDoc>;

export const wishDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  gridId: z.string(),
  buildingId: z.string(),
  category: z.enum(WISH_CATEGORIES),
  title: z.string(),
  description: z.string(),
  photos: z.array(z.string()),
  dueDate: z.string(),
  status: z.enum(WISH_STATUSES),
  posterId: z.string(),
  /** posted by the resident themselves, or by their building leader (代发) */
  postedByLeader: z.boolean(),
  beneficiaryId: z.string(),
  /** [posterId, beneficiaryId]: 我的心愿 is one indexed query over it */
  people: z.array(z.string()),
  claimerId: z.string().optional(),
  claimedAt: date.optional(),
  fulfilNote: z.string().optional(),
  fulfilPhotos: z.array(z.string()).optional(),
  fulfilMinutes: z.number().int().optional(),
  fulfilledAt: date.optional(),
  confirmedAt: date.optional(),
  reviewNote: z.string().optional(),
  requestId: z.string(),
  timeline: z.array(wishTimelineDoc),
  createdAt: date,
  updatedAt: date,
});
export type WishDoc = z.infer<typeof wishDoc>;

export const WISHES = 'wishes';
export const WISH_COUNTERS = 'wish_counters';
/** One 圆梦 counter per community, moved in the transaction that confirms a wish. */
export const dreamsCounterId = (communityId: string): string => `wc_${communityId}`;
export const wishCounterDoc = z.object({ _id: z.string(), communityId: z.string(), confirmed: z.number().int() });

/** The wish, when this actor may see it at all; NOT_FOUND otherwise (never "it exists, but…"). */
export async function loadWish(wishId: string, actor: Actor): Promise<{ wish: WishDoc; audience: WishAudience }> {
  const wish = await findById(WISHES, wishId, wishDoc);
  const audience = wish ? audienceOf(actor, wish) : 'none';
  if (!wish || audience === 'none') throw notFound('心愿');
  return { wish, audience };
}

const wishSettingsSchema = z
  .object({
    points: z.number().int().min(0).max(1000).optional(),
    area: z.enum(POINT_AREAS).optional(),
    maxMinutes: z.number().int().min(10).max(1440).optional(),
  })
  .optional();

/** The community's 微心愿 rules (settings.wishes) over the defaults; a malformed table falls back to them. */
export async function loadWishSettings(communityId: string): Promise<WishSettings> {
  const community = await findById('communities', communityId, communityDoc);
  const parsed = wishSettingsSchema.safeParse(community?.settings?.wishes);
  return wishSettingsFrom(parsed.success ? parsed.data : undefined);
}
