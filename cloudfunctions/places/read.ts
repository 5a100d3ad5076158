/**
 * list: the community's places nearest first — from where the person is (sent only when they agreed
 * to share their location) or else from their registered building — filtered by type and service,
 * 20 a page. get: one place. Anyone of the community may read; places are public premises.
 *
 * The cursor is the keyset (distance, _id) of the last place shown, in the one cursor codec
 * (types/cursor.ts) with the distance in metres where a time would be: a place added or removed
 * meanwhile never shifts a page.
 */
import {
  PLACE_LIMITS,
  type GeoPoint,
  type PlaceService,
  type PlaceType,
  type PlacesPage,
  type PlaceView,
} from '../../types/places';
import { decodeCursor, encodeCursor } from '../../types/cursor';
import { circleRadiusMeters, nearestFirst } from '../../domain/places/distance';
import { loadActor } from '../_shared/actor';
import { notFound } from '../_shared/failure';
import { findById } from '../_shared/records';
import { buildingLocation, placeDoc, placesOf, placeView, walkSpeedOf } from './model';

/** Where distance is measured from: the unknown distance sorts last, as this many metres. */
const UNKNOWN = 9_999_999_999;

async function origin(from: GeoPoint | undefined, buildingId: string): Promise<GeoPoint | undefined> {
  if (from) return from;
  if (!buildingId) return undefined;
  const building = await findById('buildings', buildingId, buildingLocation);
  return building?.location;
}

export async function listPlaces(input: {
  type?: PlaceType;
  service?: PlaceService;
  from?: GeoPoint;
  cursor?: string;
}): Promise<PlacesPage> {
  const actor = await loadActor();
  const [all, speed, from] = await Promise.all([
    placesOf(actor.communityId),
    walkSpeedOf(actor.communityId),
    origin(input.from, actor.buildingId),
  ]);
  const chosen = all.filter(
    (p) => (!input.type || p.type === input.type) && (!input.service || p.services.includes(input.service)),
  );
  const sorted = nearestFirst(chosen.map((p) => placeView(p, from, speed)));
  const key = (p: PlaceView) => ({ d: p.distanceMeters ?? UNKNOWN, id: p._id });
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const start = after
    ? sorted.findIndex((p) => {
        const k = key(p);
        const d = after.at?.getTime() ?? 0;
        return k.d > d || (k.d === d && k.id > after.id);
      })
    : 0;
  const items = start < 0 ? [] : sorted.slice(start, start + PLACE_LIMITS.pageSize);
  const last = items[items.length - 1];
  const more = start >= 0 && start + PLACE_LIMITS.pageSize < sorted.length;
  return {
    items,
    ...(more && last ? { nextCursor: encodeCursor({ at: new Date(key(last).d), id: last._id }) } : {}),
    measuredFrom: input.from ? 'you' : from ? 'building' : 'nowhere',
    // the map's centre and circle (the person's own point only; see PlacesPage)
    ...(from ? { origin: from } : {}),
    radiusMeters: circleRadiusMeters(speed),
  };
}

export async function getPlace(input: { placeId: string }): Promise<{ place: PlaceView }> {
  const actor = await loadActor();
  const place = await findById('places', input.placeId, placeDoc);
  if (!place || place.communityId !== actor.communityId) throw notFound('服务阵地');
  const from = await origin(undefined, actor.buildingId);
  return { place: placeView(place, from, await walkSpeedOf(actor.communityId)) };
}
