/**
 * Community admins link a member to the 商家/便民网点 place they run (which grants them `merchant`
 * for the community), unlink them (the role goes when they run no other place), see every merchant
 * place with its record and whether the 信得过 rule proposes it, and name or revoke 社区信得过.
 * Grants change by addToSet/pull (one atomic update each), as in 人员管理.
 */
import { PLACE_TYPE_LABELS } from '../../types/places';
import { MERCHANT_LIMITS, type AdminShopRow } from '../../types/merchants';
import type { RoleGrant } from '../../types/roles';
import type { Page } from '../../types/envelope';
import { mayHaveMerchant } from '../../domain/merchants/access';
import { isTrustCandidate, recordOver } from '../../domain/merchants/trust';
import { loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { positionOf } from '../_shared/cursor';
import { notFound, refusal } from '../_shared/failure';
import { userDoc } from '../_shared/models';
import { findAll, findById } from '../_shared/records';
import { encodeCursor } from '../../types/cursor';
import { addShop, placeDoc, placeIn, placesOf, shopDoc, SHOPS } from './model';

const requireAdmin = () => loadAdmin('只有社区管理员可以管理商家');
const merchantGrant = (communityId: string): RoleGrant => ({ role: 'merchant', scope: { communityId } });

export async function linkMerchant(input: { placeId: string; userId: string }): Promise<{ linked: true }> {
  const actor = await requireAdmin();
  const place = await placeIn(input.placeId, actor.communityId);
  if (!mayHaveMerchant(place.type)) throw refusal('PLACE_NOT_MERCHANT');
  const person = await findById('users', input.userId, userDoc);
  if (!person || person.communityId !== actor.communityId) throw notFound('人员');
  await addShop(place._id, actor.communityId);
  await db()
    .collection('places')
    .where({ _id: place._id, communityId: actor.communityId })
    .update({ data: { merchantId: person._id } });
  await db()
    .collection('users')
    .doc(person._id)
    .update({ data: { grants: db().command.addToSet(merchantGrant(actor.communityId)) } });
  if (place.merchantId && place.merchantId !== person._id) await dropRoleIfNoPlace(place.merchantId, actor.communityId);
  return { linked: true };
}

export async function unlinkMerchant(input: { placeId: string }): Promise<{ unlinked: true }> {
  const actor = await requireAdmin();
  const place = await placeIn(input.placeId, actor.communityId);
  if (!place.merchantId) return { unlinked: true };
  const _ = db().command;
  // 信得过 belongs to the merchant who earned it: a new merchant starts unnamed.
  await db()
    .collection('places')
    .where({ _id: place._id, communityId: actor.communityId })
    .update({ data: { merchantId: _.remove(), trusted: _.remove() } });
  await dropRoleIfNoPlace(place.merchantId, actor.communityId);
  return { unlinked: true };
}

/** A person who runs no place of the community any more is no longer a merchant of it. */
async function dropRoleIfNoPlace(userId: string, communityId: string): Promise<void> {
  const still = await findAll('places', { communityId, merchantId: userId }, placeDoc, 100);
  if (still.length > 0) return;
  await db()
    .collection('users')
    .where({ _id: userId, communityId })
    .update({ data: { grants: db().command.pull(merchantGrant(communityId)) } });
}

export async function setTrusted(input: { placeId: string; trusted: boolean }): Promise<{ trusted: boolean }> {
  const actor = await requireAdmin();
  const place = await placeIn(input.placeId, actor.communityId);
  if (input.trusted && !place.merchantId) throw refusal('TRUST_NEEDS_MERCHANT');
  await db()
    .collection('places')
    .where({ _id: place._id, communityId: actor.communityId })
    .update({ data: { trusted: input.trusted } });
  return { trusted: input.trusted };
}

/** The community's merchant places by id, 20 a page, each with its merchant, record and candidacy. */
export async function listShops(input: { cursor?: string }): Promise<Page<AdminShopRow>> {
  const actor = await requireAdmin();
  const after = input.cursor ? positionOf(input.cursor, { direction: 'asc' }).id : '';
  const [places, shops] = await Promise.all([
    placesOf(actor.communityId),
    findAll(SHOPS, { communityId: actor.communityId }, shopDoc, 500),
  ]);
  const chosen = places.filter((p) => mayHaveMerchant(p.type) && p._id > after);
  const shown = chosen.slice(0, MERCHANT_LIMITS.pageSize);
  const shopById = new Map(shops.map((s) => [s._id, s]));
  const now = new Date();
  const items = await Promise.all(
    shown.map(async (p): Promise<AdminShopRow> => {
      const shop = shopById.get(p._id);
      const record = recordOver(shop?.months ?? {}, shop?.openComplaints ?? 0, now);
      const merchant = p.merchantId ? await findById('users', p.merchantId, userDoc) : null;
      return {
        placeId: p._id,
        name: p.name,
        typeLabel: PLACE_TYPE_LABELS[p.type],
        ...(merchant ? { merchant: { userId: merchant._id, name: merchant.name } } : {}),
        trusted: !!p.trusted,
        record,
        candidate: !!merchant && isTrustCandidate(record),
      };
    }),
  );
  const last = shown[shown.length - 1];
  return { items, ...(chosen.length > shown.length && last ? { nextCursor: encodeCursor({ id: last._id }) } : {}) };
}
