/**
 * @jest-environment jsdom
 *
 * Smoke test of 服务阵地's 地图 in the real mini-program build (dist/weapp): after a tap on 地图 the
 * page holds WeChat's own <map> — centred on the person's building, one numbered pin per place the
 * list's call answered (no second call), the 15-minute circle — and a tap on a pin shows that
 * place's card. (The H5 示意图 is tested in tests/e2e/places.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placesEventSchema, type PlaceView, type PlacesPage } from '../../types/places';
import { DIST, findWithText, loadApp, renderPage, textOf, waitForText, watchMissingTemplates } from './harness';

const calls: { name: string; data: Record<string, unknown> }[] = [];

const LOGIN = {
  ok: true,
  data: {
    user: { _id: 'u-1', name: '周奶奶', phone: '13800000001', buildingId: 'b-demo-1-1', room: '301' },
    roles: [{ role: 'resident', scope: { buildingId: 'b-demo-1-1' } }],
    community: { _id: 'c-demo', name: '示范社区' },
  },
};
const HOME = { lat: 30.2801, lng: 120.1601 };
const place = (id: string, name: string, lat: number, lng: number, minutes: number): PlaceView => ({
  _id: id,
  name,
  type: 'red_station',
  typeLabel: '红色驿站',
  address: '幸福路 1 号',
  location: { lat, lng },
  hours: '每天 8:00-20:00',
  services: ['休息饮水'],
  distanceMeters: minutes * 50,
  walkMinutes: minutes,
  inCircle: minutes <= 15,
});
const PLACES = [
  place('p-1', '红色驿站（幸福路）', 30.2787, 120.1584, 4),
  place('p-2', '党员服务站（和睦街）', 30.2829, 120.1572, 8),
  place('p-3', '红色驿站（滨河公园）', 30.2905, 120.1768, 30),
];

const templates = watchMissingTemplates();
afterAll(() => templates.stop());

beforeAll(() => {
  loadApp((name, data) => {
    calls.push({ name, data });
    if (name === 'user' && data.action === 'login') return LOGIN;
    if (name === 'places' && data.action === 'list') {
      placesEventSchema.parse(data);
      const page: PlacesPage = { items: PLACES, measuredFrom: 'building', origin: HOME, radiusMeters: 807 };
      return { ok: true, data: page };
    }
    return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
  });
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.stopPullDownRefresh = () => undefined;
});

type Marker = { id: number; latitude: number; longitude: number; iconPath: string; label?: { content: string } };
type MapAttrs = {
  latitude: number;
  longitude: number;
  markers: Marker[];
  circles: { latitude: number; longitude: number; radius: number }[];
  'include-points': unknown[];
};

/**
 * The <map> in the page's render data, its attributes by their WeChat names: Taro stores a node's
 * props under short keys (p14, p17…) that the built base.wxml binds to the attributes.
 */
function mapOf(page: unknown): MapAttrs | undefined {
  const tag = readFileSync(join(DIST, 'base.wxml'), 'utf8').match(/<map [^>]*>/)?.[0] ?? '';
  const keys = [...tag.matchAll(/ ([\w-]+)="\{\{(?:xs\.\w\()?i\.(\w+)/g)].map(([, attr, key]) => [attr, key]);
  let found: Record<string, unknown> | undefined;
  const walk = (n: unknown) => {
    if (!n || typeof n !== 'object' || found) return;
    const cl = (n as { cl?: unknown }).cl;
    if (typeof cl === 'string' && cl.includes('place-map--weapp')) found = n as Record<string, unknown>;
    else Object.values(n).forEach(walk);
  };
  walk((page as { instance: { data: unknown } }).instance.data);
  const node = found;
  return node && (Object.fromEntries(keys.map(([attr, key]) => [attr, node[key]])) as MapAttrs);
}

test('地图 shows a WeChat map with the building, a numbered pin per place and the circle; a pin opens its card', async () => {
  const page = renderPage('packages/places/list/index');
  await waitForText(page, '红色驿站（幸福路）');
  expect(mapOf(page)).toBeUndefined();
  findWithText(page, '.places-switch__item', '地图').dispatchEvent('tap');
  await waitForText(page, '共 3 处');
  const map = mapOf(page);
  if (!map) throw new Error('no map node: ' + textOf(page).slice(0, 200));
  expect([map.latitude, map.longitude]).toEqual([HOME.lat, HOME.lng]);
  const pins = map.markers.filter((m) => m.id > 0);
  expect(pins.map((m) => [m.latitude, m.longitude])).toEqual(PLACES.map((p) => [p.location.lat, p.location.lng]));
  expect(pins.map((m) => m.label?.content)).toEqual(['1', '2', '3']);
  expect(pins.every((m) => m.iconPath === '/assets/map/pin.png')).toBe(true);
  expect(map.markers.find((m) => m.id === 0)).toMatchObject({ latitude: HOME.lat, longitude: HOME.lng });
  expect(map.circles).toEqual([expect.objectContaining({ latitude: HOME.lat, longitude: HOME.lng, radius: 807 })]);
  expect(map['include-points']).toHaveLength(PLACES.length + 1);
  // the map drew what the list's one call answered
  expect(calls.filter((c) => c.name === 'places')).toHaveLength(1);

  // a tap on pin 2 shows that place's card, with 导航过去
  const node = page.querySelectorAll('.place-map--weapp')[0] as unknown as {
    dispatchEvent(name: string, opts: object): void;
  };
  node.dispatchEvent('markertap', { detail: { markerId: 2 } });
  await waitForText(page, '导航过去');
  expect(textOf(findWithText(page, '.place-card', '导航过去'))).toContain('党员服务站（和睦街）');
});

test('every node of the map view has a weapp template', () => {
  expect(templates.found).toEqual([]);
});
