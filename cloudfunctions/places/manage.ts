/**
 * Staff set up the community's places: community admins add, edit and remove them, and give each
 * building its location (so a resident's distance needs nobody's own location). Anything of another
 * community answers NOT_FOUND; a place's photos follow the one photo rule (_shared/photos.ts).
 */
import type { GeoPoint, PlaceInput } from '../../types/places';
import { loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { notFound } from '../_shared/failure';
import { buildingDoc } from '../_shared/models';
import { ownPhotos } from '../_shared/photos';
import { findById, insertDoc } from '../_shared/records';
import { placeDoc } from './model';

const requireAdmin = () => loadAdmin('只有社区管理员可以管理服务阵地');

async function ownPlace(placeId: string, communityId: string) {
  const place = await findById('places', placeId, placeDoc);
  if (!place || place.communityId !== communityId) throw notFound('服务阵地');
  return place;
}

export async function savePlace(input: { placeId?: string; place: PlaceInput }): Promise<{ placeId: string }> {
  const actor = await requireAdmin();
  const before = input.placeId ? await ownPlace(input.placeId, actor.communityId) : undefined;
  // A new picture must be the admin's own upload; the pictures a place already has stay on edit.
  const kept = new Set(before?.photos ?? []);
  ownPhotos(
    (input.place.photos ?? []).filter((p) => !kept.has(p)),
    actor.userId,
  );
  const data = { ...input.place, photos: input.place.photos ?? [], updatedAt: db().serverDate() };
  if (!before) {
    const placeId = await insertDoc('places', {
      ...data,
      communityId: actor.communityId,
      createdAt: db().serverDate(),
    });
    return { placeId };
  }
  await db()
    .collection('places')
    .where({ _id: before._id, communityId: actor.communityId })
    .update({ data: { ...data, phone: input.place.phone ?? db().command.remove() } });
  return { placeId: before._id };
}

export async function removePlace(input: { placeId: string }): Promise<{ removed: true }> {
  const actor = await requireAdmin();
  const place = await ownPlace(input.placeId, actor.communityId);
  await db().collection('places').where({ _id: place._id, communityId: actor.communityId }).remove();
  return { removed: true };
}

export async function locateBuilding(input: { buildingId: string; location: GeoPoint }): Promise<{ located: true }> {
  const actor = await requireAdmin();
  const building = await findById('buildings', input.buildingId, buildingDoc);
  if (!building || building.communityId !== actor.communityId) throw notFound('楼栋');
  await db()
    .collection('buildings')
    .where({ _id: building._id, communityId: actor.communityId })
    .update({ data: { location: input.location } });
  return { located: true };
}
