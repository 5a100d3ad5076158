/** What both drawings of the 服务阵地 map take (PlacesMap.tsx on H5, PlacesMap.weapp.tsx on weapp). */
import type { GeoPoint, PlaceView } from '../../../types/places';

export interface PlacesMapProps {
  /** nearest first, as the list shows them; marker n is places[n - 1] */
  places: PlaceView[];
  /** the person's own point: their building, or where they are after 用我的位置 */
  origin: GeoPoint;
  originLabel: string;
  radiusMeters: number;
  selectedId?: string;
  onSelect(placeId: string): void;
}
