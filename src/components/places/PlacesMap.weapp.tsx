/**
 * The 服务阵地 map on weapp: WeChat's own <map> (streets, zoom, GCJ-02 as the places are stored),
 * with the person's point, numbered pins, the 15-minute circle, and the view zoomed to show them
 * all (include-points). Tapping a pin selects its place; the card shows below (PlacesMapView).
 */
import { Map } from '@tarojs/components';
import type { MapProps } from '@tarojs/components';
import type { PlacesMapProps } from './map-props';
import './places-map.scss';

const label = (content: string, color: string): MapProps.label => ({
  content,
  color,
  fontSize: 14,
  anchorX: -6,
  anchorY: -36,
  borderWidth: 0,
  borderColor: '#ffffff',
  borderRadius: 10,
  bgColor: '#ffffff',
  padding: 3,
  textAlign: 'center',
});

export function PlacesMap({ places, origin, originLabel, radiusMeters, selectedId, onSelect }: PlacesMapProps) {
  const me: MapProps.marker = {
    id: 0,
    latitude: origin.lat,
    longitude: origin.lng,
    iconPath: '/assets/map/me.png',
    width: 26,
    height: 26,
    anchor: { x: 0.5, y: 0.5 },
    label: { ...label(originLabel, '#1d5fb8'), anchorX: -20, anchorY: 14 },
  };
  const pins: MapProps.marker[] = places.map((p, i) => ({
    id: i + 1,
    latitude: p.location.lat,
    longitude: p.location.lng,
    iconPath: '/assets/map/pin.png',
    width: p._id === selectedId ? 40 : 32,
    height: p._id === selectedId ? 40 : 32,
    zIndex: p._id === selectedId ? 3 : 2,
    title: p.name,
    label: label(String(i + 1), '#c8161d'),
  }));
  const circle: MapProps.circle = {
    latitude: origin.lat,
    longitude: origin.lng,
    radius: radiusMeters,
    color: '#2e8b57cc',
    fillColor: '#2e8b5722',
    strokeWidth: 2,
  };
  return (
    <Map
      className="place-map place-map--weapp"
      latitude={origin.lat}
      longitude={origin.lng}
      scale={15}
      markers={[me, ...pins]}
      circles={[circle]}
      includePoints={[me, ...pins].map((m) => ({ latitude: m.latitude, longitude: m.longitude }))}
      showScale
      // a map that fails to load leaves the list (列表) as it was; nothing to undo here
      onError={() => undefined}
      onMarkerTap={(e) => {
        const place = places[Number(e.detail.markerId) - 1];
        if (place) onSelect(place._id);
      }}
    />
  );
}
