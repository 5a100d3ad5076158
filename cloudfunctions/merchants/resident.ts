/**
 * What residents do at a merchant place: see its services (and which they confirmed today), and
 * 确认服务 with the merchant's current code. A confirmation is one record per resident, service and
 * China day (its _id hashes the ledger cause), written with the merchant's 便民服务积分 entry in one
 * transaction: five identical scans at once are one record and one entry. The merchant's record for
 * the 信得过 rule moves once the transaction has committed (atomic increments on the shop, which
 * racing confirmations of different residents would otherwise all conflict on).
 */
import type { ShopView } from '../../types/merchants';
import { chinaDay } from '../../domain/china-time';
import { isComplaint, monthKey } from '../../domain/merchants/trust';
import { mayHaveMerchant } from '../../domain/merchants/access';
import { causes } from '../../domain/points/causes';
import { loadActor, loadCallerUser, actorFrom } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { notFound, refusal } from '../_shared/failure';
import { hex24 } from '../_shared/ids/hash';
import { loadHolder, postEntry } from '../_shared/points-ledger';
import { findById } from '../_shared/records';
import { afterCommit, inTransaction, txGet } from '../_shared/transaction';
import { merchantCodeMatches } from './code';
import {
  CONFIRMATIONS,
  SERVICES,
  SHOPS,
  confirmationDoc,
  placeIn,
  placeToConfirm,
  serviceDoc,
  servicePointsIn,
  serviceView,
  servicesOf,
  shopOf,
  type ConfirmationDoc,
} from './model';
import { confirmationView } from './shop';

const confirmationIdFor = (cause: string): string => 'mc_' + hex24(cause);

export async function shopForResident(input: { placeId: string }): Promise<ShopView> {
  const actor = await loadActor();
  const place = await placeIn(input.placeId, actor.communityId);
  const hasMerchant = mayHaveMerchant(place.type) && !!place.merchantId;
  const [services, points] = await Promise.all([
    hasMerchant ? servicesOf(place) : Promise.resolve([]),
    servicePointsIn(actor.communityId),
  ]);
  const day = chinaDay(new Date());
  const withToday = await Promise.all(
    services.map(async (s) => {
      const id = confirmationIdFor(causes.merchantService(s._id, actor.userId, day));
      const mine = await findById(CONFIRMATIONS, id, confirmationDoc);
      return { ...serviceView(s, points), confirmedToday: !!mine };
    }),
  );
  return {
    placeId: place._id,
    name: place.name,
    trusted: !!place.trusted,
    hasMerchant,
    photos: place.photos ?? [],
    services: withToday,
  };
}

export async function confirmService(input: { placeId: string; serviceId: string; code: string; rating?: number }) {
  const user = await loadCallerUser();
  const actor = actorFrom(user);
  const place = await placeToConfirm(actor, input.placeId);
  const service = await findById(SERVICES, input.serviceId, serviceDoc);
  if (!service || service.placeId !== place._id || service.communityId !== actor.communityId)
    throw notFound('服务项目');
  const now = new Date();
  const shop = await shopOf(place);
  if (!merchantCodeMatches(shop.secret, place._id, input.code, now)) throw refusal('MERCHANT_CODE_WRONG');
  const [holder, amount] = await Promise.all([
    loadHolder(place.merchantId, actor.communityId),
    servicePointsIn(actor.communityId),
  ]);
  if (!holder) throw refusal('SHOP_HAS_NO_MERCHANT');
  const day = chinaDay(now);
  const cause = causes.merchantService(service._id, user._id, day);
  const _id = confirmationIdFor(cause);
  const result = await inTransaction(async (tx) => {
    const existing = await txGet(tx, CONFIRMATIONS, _id);
    if (existing) return { record: confirmationDoc.parse({ _id, ...existing }), created: false };
    const record: Omit<ConfirmationDoc, '_id'> = {
      communityId: actor.communityId,
      placeId: place._id,
      serviceId: service._id,
      serviceTitle: service.title,
      merchantId: place.merchantId,
      residentId: user._id,
      residentName: user.name,
      day,
      at: now,
      ...(input.rating ? { rating: input.rating } : {}),
      points: amount > 0 && holder.earns ? amount : 0,
      complaintOpen: isComplaint(input.rating),
    };
    // The id goes in doc(); a set() whose data repeats `_id` is refused (INVALID_PARAM).
    await tx.collection(CONFIRMATIONS).doc(_id).set({ data: record });
    if (record.points > 0) {
      await postEntry(tx, {
        _id: cause,
        holder,
        kind: 'earn',
        amount: record.points,
        area: 'public_service',
        // the service, never the resident: the merchant's ledger names nobody
        reason: `便民服务：${service.title}`,
        actorId: user._id,
        at: now,
      });
    }
    afterCommit(tx, () => moveRecord(place._id, record));
    return { record: { _id, ...record }, created: true };
  });
  return { confirmed: true, already: !result.created, confirmation: confirmationView(result.record) };
}

/** The shop's month figures, open 差评 and points earned, moved once per new confirmation. */
async function moveRecord(placeId: string, record: Omit<ConfirmationDoc, '_id'>): Promise<void> {
  const _ = db().command;
  const month = `months.${monthKey(record.at)}`;
  await db()
    .collection(SHOPS)
    .doc(placeId)
    .update({
      data: {
        [`${month}.confirmations`]: _.inc(1),
        ...(record.rating ? { [`${month}.ratings`]: _.inc(1), [`${month}.ratingSum`]: _.inc(record.rating) } : {}),
        ...(record.complaintOpen ? { openComplaints: _.inc(1) } : {}),
        pointsEarned: _.inc(record.points),
      },
    });
}
