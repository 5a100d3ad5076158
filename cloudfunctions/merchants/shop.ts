/**
 * 我的店铺: what a merchant does with the place they run — its page (hours, services offered, phone,
 * photos, introduction), the services residents confirm, the code residents scan, the confirmations
 * received (residents by masked name only) and replies to 差评. Every action checks, on every call,
 * that the caller runs this place of their own community and still holds `merchant`.
 */
import { PLACE_TYPE_LABELS } from '../../types/places';
import {
  MERCHANT_LIMITS,
  type CodeView,
  type ConfirmationView,
  type MyShop,
  type ServiceInput,
  type ShopPageInput,
} from '../../types/merchants';
import type { Page } from '../../types/envelope';
import { confirmPath, merchantCodePeriod, merchantCodeRefreshAt, runsPlace } from '../../domain/merchants/access';
import { recordOver } from '../../domain/merchants/trust';
import { maskName } from '../../domain/mask';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { newestFirst, afterCursor, orderedBy, pageFrom } from '../_shared/cursor';
import { notFound, refusal } from '../_shared/failure';
import { ownPhotos } from '../_shared/photos';
import { fetchDocs, findAll, findById, insertDoc } from '../_shared/records';
import { merchantCodeFor } from './code';
import {
  CONFIRMATIONS,
  SERVICES,
  confirmationDoc,
  placeDoc,
  placeRunBy,
  serviceDoc,
  servicePointsIn,
  serviceView,
  servicesOf,
  shopOf,
  type ConfirmationDoc,
  type PlaceDoc,
} from './model';

export async function myShops(): Promise<{ shops: MyShop[] }> {
  const actor = await loadActor();
  const places = await findAll('places', { communityId: actor.communityId, merchantId: actor.userId }, placeDoc, 100);
  const mine = places.filter((p) => runsPlace(actor, p));
  const points = await servicePointsIn(actor.communityId);
  const now = new Date();
  const shops = await Promise.all(
    mine.map(async (p): Promise<MyShop> => {
      const [shop, services] = await Promise.all([shopOf(p), servicesOf(p)]);
      return {
        placeId: p._id,
        name: p.name,
        typeLabel: PLACE_TYPE_LABELS[p.type],
        trusted: !!p.trusted,
        page: pageOf(p),
        services: services.map((s) => serviceView(s, points)),
        pointsEarned: shop.pointsEarned ?? 0,
        record: recordOver(shop.months ?? {}, shop.openComplaints ?? 0, now),
      };
    }),
  );
  return { shops };
}

const pageOf = (p: PlaceDoc): ShopPageInput => ({
  hours: p.hours,
  services: p.services,
  ...(p.phone ? { phone: p.phone } : {}),
  photos: p.photos ?? [],
  ...(p.description ? { description: p.description } : {}),
});

export async function saveShopPage(input: { placeId: string; page: ShopPageInput }): Promise<{ page: ShopPageInput }> {
  const actor = await loadActor();
  const place = await placeRunBy(actor, input.placeId);
  const kept = new Set(place.photos ?? []);
  ownPhotos(
    (input.page.photos ?? []).filter((p) => !kept.has(p)),
    actor.userId,
  );
  const _ = db().command;
  const page = input.page;
  await db()
    .collection('places')
    // merchantId in the condition: a merchant unlinked meanwhile changes nothing
    .where({ _id: place._id, communityId: actor.communityId, merchantId: actor.userId })
    .update({
      data: {
        hours: page.hours,
        services: page.services,
        photos: page.photos ?? [],
        phone: page.phone ?? _.remove(),
        description: page.description || _.remove(),
        updatedAt: db().serverDate(),
      },
    });
  return { page: pageOf({ ...place, ...page, photos: page.photos ?? [] }) };
}

export async function saveService(input: { placeId: string; serviceId?: string; service: ServiceInput }) {
  const actor = await loadActor();
  const place = await placeRunBy(actor, input.placeId);
  const points = await servicePointsIn(actor.communityId);
  if (input.serviceId) {
    const before = await findById(SERVICES, input.serviceId, serviceDoc);
    if (!before || before.placeId !== place._id || before.communityId !== actor.communityId) throw notFound('服务项目');
    await db()
      .collection(SERVICES)
      .where({ _id: before._id, placeId: place._id })
      .update({ data: { ...input.service, updatedAt: db().serverDate() } });
    return { service: serviceView({ ...before, ...input.service }, points) };
  }
  const existing = await servicesOf(place);
  if (existing.length >= MERCHANT_LIMITS.services) throw refusal('MERCHANT_SERVICES_FULL');
  const data = { ...input.service, communityId: actor.communityId, placeId: place._id };
  const _id = await insertDoc(SERVICES, { ...data, createdAt: db().serverDate() });
  return { service: serviceView({ _id, ...data }, points) };
}

export async function removeService(input: { placeId: string; serviceId: string }): Promise<{ removed: true }> {
  const actor = await loadActor();
  const place = await placeRunBy(actor, input.placeId);
  // Past confirmations keep the service's title; only the offer goes.
  await db()
    .collection(SERVICES)
    .where({ _id: input.serviceId, placeId: place._id, communityId: actor.communityId })
    .remove();
  return { removed: true };
}

export async function currentCode(input: { placeId: string }): Promise<CodeView> {
  const actor = await loadActor();
  const place = await placeRunBy(actor, input.placeId);
  const shop = await shopOf(place);
  const now = new Date();
  const code = merchantCodeFor(shop.secret, place._id, merchantCodePeriod(now));
  return { code, refreshAt: merchantCodeRefreshAt(now).toISOString(), path: confirmPath(place._id, code) };
}

/** A confirmation as the merchant sees it: the resident is 周** — no room, no phone, no id. */
export function confirmationView(c: ConfirmationDoc): ConfirmationView {
  return {
    _id: c._id,
    serviceTitle: c.serviceTitle,
    residentName: maskName(c.residentName),
    at: c.at.toISOString(),
    ...(c.rating ? { rating: c.rating } : {}),
    points: c.points,
    ...(c.reply ? { reply: c.reply } : {}),
    complaintOpen: c.complaintOpen,
  };
}

const NEWEST = newestFirst('at');

export async function listConfirmations(input: { placeId: string; cursor?: string }): Promise<Page<ConfirmationView>> {
  const actor = await loadActor();
  const place = await placeRunBy(actor, input.placeId);
  const base = { communityId: actor.communityId, placeId: place._id };
  const where = input.cursor ? db().command.and([base, afterCursor(input.cursor, NEWEST)]) : base;
  const docs = await fetchDocs(
    orderedBy(db().collection(CONFIRMATIONS).where(where), NEWEST).limit(MERCHANT_LIMITS.pageSize + 1),
  );
  return pageFrom(
    docs.map((d) => confirmationDoc.parse(d)),
    MERCHANT_LIMITS.pageSize,
    NEWEST,
    confirmationView,
  );
}

/** The merchant answers a 差评; the complaint closes once (a conditional update), and the record counts clean. */
export async function replyToComplaint(input: { confirmationId: string; reply: string }) {
  const actor = await loadActor();
  const record = await findById(CONFIRMATIONS, input.confirmationId, confirmationDoc);
  if (!record || record.communityId !== actor.communityId) throw notFound('服务记录');
  await placeRunBy(actor, record.placeId);
  if (!record.complaintOpen) throw refusal('NOT_A_COMPLAINT');
  const res = (await db()
    .collection(CONFIRMATIONS)
    .where({ _id: record._id, complaintOpen: true })
    .update({ data: { reply: input.reply, complaintOpen: false } })) as { stats: { updated: number } };
  if (res.stats.updated === 1) {
    await db()
      .collection('merchant_shops')
      .doc(record.placeId)
      .update({ data: { openComplaints: db().command.inc(-1) } });
  }
  return { confirmation: confirmationView({ ...record, reply: input.reply, complaintOpen: false }) };
}
