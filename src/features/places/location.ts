/**
 * Where the person is and how to get to a place, the same on weapp and H5:
 * - whereAmI: only after the person taps 用我的位置 (WeChat asks their consent then). The
 *   mini-program answers GCJ-02 itself; a browser answers GPS (WGS-84), converted so distances and
 *   maps agree (domain/places/gcj02.ts).
 * - navigate: weapp opens WeChat's map with 导航 (openLocation); H5 opens the 高德 map page, which
 *   offers navigation and hands over to the map app on a phone.
 * - pickPlace (staff): weapp's map picker (chooseLocation); H5 has no picker without a map key, so
 *   staff there use 用我的位置 standing at the door, or type the coordinates.
 */
import Taro from '@tarojs/taro';
import type { GeoPoint } from '../../../types/places';
import { wgs84ToGcj02 } from '../../../domain/places/gcj02';
import { IS_WEAPP } from '../platform';

export type Located = { ok: true; at: GeoPoint } | { ok: false; message: string };

export async function whereAmI(): Promise<Located> {
  try {
    if (IS_WEAPP) {
      const r = await Taro.getLocation({ type: 'gcj02' });
      return { ok: true, at: { lat: r.latitude, lng: r.longitude } };
    }
    const r = await Taro.getLocation({ type: 'wgs84' });
    return { ok: true, at: wgs84ToGcj02({ lat: r.latitude, lng: r.longitude }) };
  } catch {
    return { ok: false, message: '没有取到您的位置，将按您所住楼栋计算距离' };
  }
}

export function navigate(place: { name: string; address: string; location: GeoPoint }): void {
  const { lat, lng } = place.location;
  if (IS_WEAPP) {
    void Taro.openLocation({ latitude: lat, longitude: lng, name: place.name, address: place.address, scale: 17 });
    return;
  }
  const url =
    `https://uri.amap.com/marker?position=${lng},${lat}` +
    `&name=${encodeURIComponent(place.name)}&src=linlitong&coordinate=gaode&callnative=1`;
  window.open(url, '_blank', 'noopener');
}

export async function pickOnMap(): Promise<GeoPoint | undefined> {
  if (!IS_WEAPP) return undefined;
  try {
    const r = await Taro.chooseLocation({});
    return { lat: r.latitude, lng: r.longitude };
  } catch {
    return undefined;
  }
}

export const PLACE_PAGES = {
  list: '/packages/places/list/index',
  admin: '/packages/admin/places/index',
} as const;
