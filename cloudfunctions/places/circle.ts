/**
 * The 15-minute circle for staff: the walking speed the community sets, and for every building the
 * nearest place and whether it is within 15 minutes' walk — the buildings with none are where a
 * new 便民网点 or 党员服务站 is needed. Setting the speed and reading the report are one action.
 * The report also carries the buildings' and places' locations for the 阵地管理 map: it is loaded
 * by admins only (loadAdmin), never by residents.
 */
import { CIRCLE_MINUTES, type CircleReport } from '../../types/places';
import { circleRadiusMeters, distanceMeters, walkMinutes } from '../../domain/places/distance';
import { loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { buildingDoc, gridDoc } from '../_shared/models';
import { findAll } from '../_shared/records';
import { buildingLocation, placesOf, walkSpeedOf } from './model';

const locatedBuilding = buildingDoc.merge(buildingLocation.pick({ location: true }));

export async function circleReport(input: { walkMetersPerMinute?: number }): Promise<CircleReport> {
  const actor = await loadAdmin('只有社区管理员可以查看15分钟服务圈');
  if (input.walkMetersPerMinute) {
    await db()
      .collection('communities')
      .doc(actor.communityId)
      .update({ data: { 'settings.places': { walkMetersPerMinute: input.walkMetersPerMinute } } });
  }
  const [speed, places, buildings, grids] = await Promise.all([
    input.walkMetersPerMinute ?? walkSpeedOf(actor.communityId),
    placesOf(actor.communityId),
    findAll('buildings', { communityId: actor.communityId }, locatedBuilding),
    findAll('grids', { communityId: actor.communityId }, gridDoc),
  ]);
  const gridName = new Map(grids.map((g) => [g._id, g.name]));
  return {
    walkMetersPerMinute: speed,
    radiusMeters: circleRadiusMeters(speed),
    buildings: buildings.map((b) => {
      const base = {
        buildingId: b._id,
        name: b.name,
        gridName: gridName.get(b.gridId) ?? '',
        located: !!b.location,
        ...(b.location ? { location: b.location } : {}),
      };
      const from = b.location;
      if (!from || places.length === 0) return { ...base, inCircle: false };
      const nearest = places
        .map((p) => ({ p, minutes: walkMinutes(distanceMeters(from, p.location), speed) }))
        .reduce((a, b2) => (b2.minutes < a.minutes ? b2 : a));
      return {
        ...base,
        nearest: { placeId: nearest.p._id, name: nearest.p.name, walkMinutes: nearest.minutes },
        inCircle: nearest.minutes <= CIRCLE_MINUTES,
      };
    }),
    places: places.map((p) => ({ placeId: p._id, name: p.name, location: p.location })),
  };
}
