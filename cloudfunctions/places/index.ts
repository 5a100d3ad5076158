/**
 * Function `places`: 服务阵地 and the 15分钟便民服务圈 (issue 15). Residents list the community's
 * places nearest first and open one; community admins add, edit and remove places, give buildings
 * their location, and see which buildings have no place within 15 minutes' walk.
 */
import { placesEventSchema, type PlacesEvent } from '../../types/places';
import { defineFunction } from '../_shared/define-function';
import { getPlace, listPlaces } from './read';
import { locateBuilding, removePlace, savePlace } from './manage';
import { circleReport } from './circle';

export const main = defineFunction<PlacesEvent>('places', placesEventSchema, {
  list: (e) => listPlaces(e),
  get: (e) => getPlace(e),
  save: (e) => savePlace(e),
  remove: (e) => removePlace(e),
  'building.locate': (e) => locateBuilding(e),
  circle: (e) => circleReport(e),
});
