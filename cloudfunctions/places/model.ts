/** The stored place, the community's 15-minute-circle setting, and the reads every action shares. */
import { z } from 'zod';
import {
  DEFAULT_WALK_METERS_PER_MINUTE,
  PLACE_TYPE_LABELS,
  locationSchema,
  type GeoPoint,
  type PlaceView,
} from '../../types/places';
import { distanceMeters, walkMinutes, withinCircle } from '../../domain/places/distance';
import { communityDoc, placeDoc, type PlaceDoc } from '../_shared/models';
import { findAll, findById } from '../_shared/records';

export { placeDoc, type PlaceDoc };

/**
 * A community has dozens of places, not thousands: they are read whole (100 a read, by the
 * (communityId, _id) index) and ordered by distance here. Beyond this many, add places as a geo
 * query (the cloud database's geoNear) instead.
 */
export const MAX_PLACES = 500;

export const placesOf = (communityId: string) => findAll('places', { communityId }, placeDoc, MAX_PLACES);

const placesSettings = z.object({ walkMetersPerMinute: z.number().int().positive().optional() }).optional();

/** The community's walking speed for the circle (settings.places), or the default. */
export async function walkSpeedOf(communityId: string): Promise<number> {
  const community = await findById('communities', communityId, communityDoc);
  const parsed = placesSettings.safeParse(community?.settings?.places);
  return (parsed.success && parsed.data?.walkMetersPerMinute) || DEFAULT_WALK_METERS_PER_MINUTE;
}

export const buildingLocation = z.object({ location: locationSchema.optional() }).passthrough();

/** A place as people see it, measured from `from` when there is one. */
export function placeView(place: PlaceDoc, from: GeoPoint | undefined, speed: number): PlaceView {
  const { communityId: _c, createdAt: _a, updatedAt: _u, merchantId, ...shown } = place;
  const view: PlaceView = { ...shown, typeLabel: PLACE_TYPE_LABELS[place.type], hasMerchant: !!merchantId };
  if (!from) return view;
  const meters = distanceMeters(from, place.location);
  const minutes = walkMinutes(meters, speed);
  return { ...view, distanceMeters: meters, walkMinutes: minutes, inCircle: withinCircle(minutes) };
}
