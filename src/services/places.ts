/** Typed calls of the `places` cloud function (types/places.ts): 服务阵地 and the 15-minute circle. */
import type { Envelope } from '../../types/envelope';
import type { CircleReport, GeoPoint, PlaceInput, PlaceService, PlaceType, PlacesPage } from '../../types/places';
import { callCloud } from './cloud';

export interface PlaceFilter {
  type?: PlaceType;
  service?: PlaceService;
  /** where the person is, only when they chose to share it */
  from?: GeoPoint;
}

export function listPlaces(filter: PlaceFilter, cursor?: string): Promise<Envelope<PlacesPage>> {
  return callCloud('places', { action: 'list', ...filter, ...(cursor ? { cursor } : {}) });
}

export function savePlace(place: PlaceInput, placeId?: string): Promise<Envelope<{ placeId: string }>> {
  return callCloud('places', { action: 'save', place, ...(placeId ? { placeId } : {}) });
}

export function removePlace(placeId: string): Promise<Envelope<{ removed: true }>> {
  return callCloud('places', { action: 'remove', placeId });
}

export function locateBuilding(buildingId: string, location: GeoPoint): Promise<Envelope<{ located: true }>> {
  return callCloud('places', { action: 'building.locate', buildingId, location });
}

/** The circle report; with a speed, the community's walking speed is set first. */
export function circle(walkMetersPerMinute?: number): Promise<Envelope<CircleReport>> {
  return callCloud('places', { action: 'circle', ...(walkMetersPerMinute ? { walkMetersPerMinute } : {}) });
}
