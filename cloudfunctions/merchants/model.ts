/**
 * The merchant records: a shop (one per merchant place, _id = placeId: the code's secret and the
 * record the 信得过 rule reads), its services, and the confirmations residents make. The place itself
 * (name, hours, merchantId, trusted) stays in `places`, read through the places function's schema.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { SERVICE_AUDIENCES, SERVICE_AUDIENCE_LABELS, type ServiceView } from '../../types/merchants';
import { isOwnPlace, mayHaveMerchant, runsPlace } from '../../domain/merchants/access';
import { servicePointsOf } from '../../domain/merchants/access';
import type { Actor } from '../../domain/actor';
import { db } from '../_shared/cloud';
import { notFound, refusal } from '../_shared/failure';
import { communityDoc, placeDoc, type PlaceDoc } from '../_shared/models';
import { findAll, findById } from '../_shared/records';

export { placeDoc, type PlaceDoc };

/** A community's places (dozens; the places function reads them whole the same way). */
export const placesOf = (communityId: string) => findAll('places', { communityId }, placeDoc, 500);

export const SHOPS = 'merchant_shops';
export const SERVICES = 'merchant_services';
export const CONFIRMATIONS = 'merchant_confirmations';

const figures = z.object({
  confirmations: z.number().optional(),
  ratings: z.number().optional(),
  ratingSum: z.number().optional(),
});

export const shopDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  /** keys the merchant's code; never in any answer */
  secret: z.string(),
  months: z.record(z.string(), figures).optional(),
  openComplaints: z.number().optional(),
  pointsEarned: z.number().optional(),
});
export type ShopDoc = z.infer<typeof shopDoc>;

export const serviceDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  placeId: z.string(),
  title: z.string(),
  description: z.string(),
  audience: z.enum(SERVICE_AUDIENCES),
});
export type ServiceDoc = z.infer<typeof serviceDoc>;

export const confirmationDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  placeId: z.string(),
  serviceId: z.string(),
  serviceTitle: z.string(),
  merchantId: z.string(),
  residentId: z.string(),
  /** kept whole for the record; every merchant view masks it (domain/mask.ts) */
  residentName: z.string(),
  day: z.string(),
  at: z.coerce.date(),
  rating: z.number().optional(),
  points: z.number(),
  reply: z.string().optional(),
  complaintOpen: z.boolean(),
});
export type ConfirmationDoc = z.infer<typeof confirmationDoc>;

export const newSecret = (): string => randomBytes(16).toString('hex');

/** A place of the caller's community, or NOT_FOUND (another community's place does not exist here). */
export async function placeIn(placeId: string, communityId: string): Promise<PlaceDoc> {
  const place = await findById('places', placeId, placeDoc);
  if (!place || place.communityId !== communityId) throw notFound('服务阵地');
  return place;
}

/** A place the caller runs as its merchant; NOT_YOUR_SHOP for anyone else's (or when the role is gone). */
export async function placeRunBy(actor: Actor, placeId: string): Promise<PlaceDoc> {
  const place = await placeIn(placeId, actor.communityId);
  if (!runsPlace(actor, place)) throw refusal('NOT_YOUR_SHOP');
  return place;
}

/** A place residents may confirm services at: it has a merchant, and it is not the caller's own. */
export async function placeToConfirm(actor: Actor, placeId: string): Promise<PlaceDoc & { merchantId: string }> {
  const place = await placeIn(placeId, actor.communityId);
  if (!mayHaveMerchant(place.type) || !place.merchantId) throw refusal('SHOP_HAS_NO_MERCHANT');
  if (isOwnPlace(actor, place)) throw refusal('MERCHANT_SELF_CONFIRM');
  return { ...place, merchantId: place.merchantId };
}

/**
 * The shop record of a place, made on first use (a link made it; a place linked by hand or whose
 * record was lost gets one here). Two racers both `add` the same _id: one wins, the other's add
 * fails on the duplicate, and both read back the winner's secret.
 */
export async function shopOf(place: PlaceDoc): Promise<ShopDoc> {
  const found = await findById(SHOPS, place._id, shopDoc);
  if (found) return found;
  await addShop(place._id, place.communityId);
  const stored = await findById(SHOPS, place._id, shopDoc);
  if (!stored) throw new Error('merchants: shop record was not stored');
  return stored;
}

export async function addShop(placeId: string, communityId: string): Promise<void> {
  const data = { _id: placeId, communityId, secret: newSecret(), months: {}, openComplaints: 0, pointsEarned: 0 };
  try {
    await db().collection(SHOPS).add({ data });
  } catch (error) {
    if (!isDuplicate(error)) throw error;
  }
}

const isDuplicate = (e: unknown): boolean => (e as { errCode?: unknown })?.errCode === -502001;

export const servicesOf = (place: { _id: string; communityId: string }) =>
  findAll(SERVICES, { communityId: place.communityId, placeId: place._id }, serviceDoc, 100);

/** 便民服务积分 per confirmation: the community's settings.merchants.servicePoints, or the default. */
export async function servicePointsIn(communityId: string): Promise<number> {
  const community = await findById('communities', communityId, communityDoc);
  return servicePointsOf(community?.settings?.merchants);
}

export function serviceView(s: ServiceDoc, points: number): ServiceView {
  return {
    _id: s._id,
    title: s.title,
    description: s.description,
    audience: s.audience,
    audienceLabel: SERVICE_AUDIENCE_LABELS[s.audience],
    points,
  };
}
