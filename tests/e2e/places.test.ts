/**
 * 服务阵地 end to end (issue 15), in a phone browser on the H5 build against the local cloud (demo
 * places, scripts/demo-places.ts): 周奶奶 opens 服务阵地 and finds the nearest 红色驿站 from her
 * building, then from where she stands by the river (the browser's GPS position, converted to the
 * maps' GCJ-02), and 导航过去 opens the map; 李书记 sees the 15分钟服务圈 (4号楼 not yet located) and
 * registers a new 红色驿站. 地图: the same places drawn around her building (H5's 示意图) where the
 * projection puts them, nearest closest to the centre, a tap opening the place's card; in 长辈模式 too.
 * Screenshots: tests/artifacts/screenshots/places-*.png and places-map-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, shown as shownOn } from './support/h5';
import type { Locator } from 'playwright-core';
import { DEMO_BUILDING_LOCATIONS, DEMO_PLACES } from '../../scripts/demo-places';
import { circleRadiusMeters, distanceMeters } from '../../domain/places/distance';
import { layoutSchematic } from '../../src/features/places/schematic';

const H5_DIR = resolve(__dirname, '../../dist/h5');

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR });
  phone = await openPhone();
  // The map page 导航过去 opens is outside; answer it here so the test needs no network.
  await phone.context.route('https://uri.amap.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>高德地图</title>' }),
  );
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);
const settle = () => phone.page.waitForTimeout(600);
const firstCard = () => shown('.place-card').first();

/** The demo places nearest first from a point: the order of the list and of the map's numbers. */
const nearestFrom = (from: { lat: number; lng: number }) =>
  [...DEMO_PLACES].sort(
    (a, b) => distanceMeters(from, a.location) - distanceMeters(from, b.location) || (a._id < b._id ? -1 : 1),
  );
async function centreOf(loc: Locator): Promise<{ x: number; y: number }> {
  const b = await loc.boundingBox();
  if (!b) throw new Error('not on screen');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}
const apart = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const toMap = () => shown('.places-switch__item').getByText('地图', { exact: true }).click();
const toList = () => shown('.places-switch__item').getByText('列表', { exact: true }).click();

test('周奶奶 finds the nearest 红色驿站 from her building, minutes on foot and inside the 15-minute circle', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await openTile(phone.page, '服务阵地', '**/packages/places/list/index');
  await shown('.places-where__text').getByText('按您所住楼栋计算距离').waitFor();
  await firstCard().getByText('15分钟内').waitFor();
  await settle();
  await phone.shot('places-01-nearest');

  await shown('.chip').getByText('红色驿站', { exact: true }).click();
  await firstCard().getByText('红色驿站（幸福路）').waitFor();
  expect(await shown('.place-card').count()).toBe(2);
  await expect(firstCard().locator('.place-card__walk').textContent()).resolves.toMatch(/步行约 \d+ 分钟 · \d+ 米/);
  // the river one is beyond the circle: no badge on it
  const river = shown('.place-card').filter({ hasText: '滨河公园' });
  expect(await river.getByText('15分钟内').count()).toBe(0);
  await settle();
  await phone.shot('places-02-red-stations');
});

test('地图: the places drawn around her building where the projection puts them; a tap opens the card', async () => {
  const home = DEMO_BUILDING_LOCATIONS['b-demo-1-1'];
  const order = nearestFrom(home);
  await shown('.chip').getByText('全部', { exact: true }).click();
  await firstCard().getByText(order[0].name).waitFor();
  await toMap();
  const markers = shown('.place-map__marker');
  await markers.nth(DEMO_PLACES.length - 1).waitFor();
  expect(await markers.count()).toBe(DEMO_PLACES.length);
  await shown('.place-map-note__text').getByText(`共 ${DEMO_PLACES.length} 处`, { exact: false }).waitFor();
  await shown('.place-map__tag').getByText('示意图', { exact: false }).waitFor();
  await shown('.place-map__me-label').getByText('您的楼栋').waitFor();

  // every marker where layoutSchematic puts its place, numbered nearest first
  const canvas = await shown('.place-map__canvas').boundingBox();
  if (!canvas) throw new Error('no map');
  const laid = layoutSchematic(
    home,
    order.map((p) => p.location),
    circleRadiusMeters(70),
  );
  const me = await centreOf(shown('.place-map__me'));
  expect(apart(me, { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 })).toBeLessThan(1.5);
  const fromMe: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const marker = markers.nth(i);
    expect((await marker.textContent())?.trim()).toBe(String(i + 1));
    const at = await centreOf(marker);
    const want = { x: canvas.x + laid.points[i].x * canvas.width, y: canvas.y + laid.points[i].y * canvas.height };
    expect(apart(at, want)).toBeLessThan(2);
    fromMe.push(apart(at, me));
  }
  // nearest closest to her building's dot, and farther numbers farther out
  expect(Math.min(...fromMe)).toBe(fromMe[0]);
  fromMe.slice(1).forEach((d, i) => expect(d).toBeGreaterThanOrEqual(fromMe[i] - 1));
  // the circle drawn at the same scale: its width is twice the radius on the box
  const circle = await shown('.place-map__circle').boundingBox();
  expect(Math.abs((circle?.width ?? 0) - 2 * laid.circle * canvas.width)).toBeLessThan(2);
  await settle();
  await phone.shot('places-map-01-building');

  await markers.nth(0).click();
  const card = shown('.place-map__card .place-card');
  await card.getByText(order[0].name).waitFor();
  await card.getByText('15分钟内').waitFor();
  await card.locator('.nut-button.place-card__go').getByText('导航过去').waitFor();
  // the 党群服务中心 has rooms: its card offers 预约 on the map as in the list
  const centre = order.findIndex((p) => p._id === 'place-demo-center');
  await markers.nth(centre).click();
  await card.getByText('示范社区党群服务中心').waitFor();
  await card.locator('.nut-button.place-card__book').getByText('预约活动室 / 会议室').waitFor();
  expect(await shown('.place-map__marker--on').count()).toBe(1);
  await card.scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('places-map-02-card');
  await toList();
  await firstCard().getByText(order[0].name).waitFor();
});

test('by the river, 用我的位置 measures from where she stands; 导航过去 opens the map there', async () => {
  const origin = new URL(cloud.url).origin;
  await phone.context.grantPermissions(['geolocation'], { origin });
  // WGS-84, as a phone's GPS gives it; the app converts it to GCJ-02 (the river station's side)
  await phone.context.setGeolocation({ latitude: 30.29255784, longitude: 120.1718536 });
  await shown('.nut-button.places-locate').click();
  await shown('.places-where__text').getByText('按您现在的位置计算距离').waitFor();
  await firstCard().getByText('红色驿站（滨河公园）').waitFor();
  await expect(firstCard().locator('.place-card__walk').textContent()).resolves.toMatch(/步行约 1 分钟 · \d+ 米/);
  await settle();
  await phone.shot('places-03-by-the-river');

  const [map] = await Promise.all([
    phone.context.waitForEvent('page'),
    firstCard().locator('.nut-button.place-card__go').click(),
  ]);
  await map.waitForLoadState();
  const url = new URL(map.url());
  expect(url.host).toBe('uri.amap.com');
  expect(url.searchParams.get('position')).toBe('120.1768,30.2905');
  expect(url.searchParams.get('name')).toBe('红色驿站（滨河公园）');
  await map.close();

  // the map is now centred on where she stands: the river station is marker 1, right by her
  await toMap();
  await shown('.place-map__me-label').getByText('您的位置').waitFor();
  const markers = shown('.place-map__marker');
  await markers.nth(DEMO_PLACES.length - 1).waitFor();
  await markers.nth(0).click();
  await shown('.place-map__card .place-card').getByText('红色驿站（滨河公园）').waitFor();
  const me = await centreOf(shown('.place-map__me'));
  const d = await Promise.all([0, 1].map(async (i) => apart(await centreOf(markers.nth(i)), me)));
  expect(d[0]).toBeLessThan(d[1]);
  await settle();
  await phone.shot('places-map-03-by-the-river');
  await toList();
});

test('李书记 sees the 15-minute circle and registers a new 红色驿站 that residents then find', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '阵地管理', '**/packages/admin/places/index');
  await shown('.circle-card').getByText('1 栋楼 15 分钟内没有服务阵地').waitFor();
  await shown('.circle-row').filter({ hasText: '4号楼' }).getByText('还没有标注位置').waitFor();
  await settle();
  await phone.shot('places-04-circle');

  await shown('.nut-button.place-add').click();
  await shown('.place-name input').fill('红色驿站（和睦街）');
  await shown('.place-address input').fill('和睦街 12 号');
  await shown('.place-lat input').fill('30.2800');
  await shown('.place-lng input').fill('120.1600');
  await shown('.place-hours input').fill('每天 8:00-20:00');
  await shown('.sheet-form .chip').getByText('休息饮水').click();
  await settle();
  await phone.shot('places-05-register');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.place-card').filter({ hasText: '红色驿站（和睦街）' }).waitFor();
  expect(cloud.store.find('places', { name: '红色驿站（和睦街）' })).toHaveLength(1);

  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await openTile(phone.page, '服务阵地', '**/packages/places/list/index');
  await firstCard().getByText('红色驿站（和睦街）').waitFor();
});

test('阵地管理 draws every place with its circle and every located building, red where none is in reach', async () => {
  // 4号楼 located south-west of every 15-minute circle (nearest place about 1 km off)
  await cloud.call('places', 'demo-admin', {
    action: 'building.locate',
    buildingId: 'b-demo-2-2',
    location: { lat: 30.27, lng: 120.145 },
  });
  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '阵地管理', '**/packages/admin/places/index');
  const buildings = shown('.circle-map__building');
  await buildings.nth(3).waitFor();
  expect(await buildings.count()).toBe(4);
  expect(await shown('.circle-map__place').count()).toBe(DEMO_PLACES.length + 1); // + 和睦街, added above
  expect(await shown('.circle-map__reach').count()).toBe(DEMO_PLACES.length + 1);
  const out = shown('.circle-map__building--out');
  expect(await out.count()).toBe(1);
  await out.getByText('4号楼').waitFor();
  // south-west of the others on the drawing, as on the ground
  const b4 = await centreOf(out);
  for (const other of await shown('.circle-map__building:not(.circle-map__building--out)').all()) {
    const at = await centreOf(other);
    expect(b4.x).toBeLessThan(at.x);
    expect(b4.y).toBeGreaterThan(at.y);
  }
  await shown('.circle-map').scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('places-map-06-admin');
});

test('长辈模式: the 列表 / 地图 switch and the map numbers are large enough to hit', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1', { elder: true });
  await phone.page.goto(cloud.url + '/packages/places/list/index');
  await firstCard().waitFor();
  const tab = await shown('.places-switch__item').getByText('地图', { exact: true }).boundingBox();
  expect(tab?.height ?? 0).toBeGreaterThanOrEqual(48);
  await toMap();
  const marker = shown('.place-map__marker').first();
  await marker.waitFor();
  const box = await marker.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
  await marker.click();
  await shown('.place-map__card .place-card').waitFor();
  await settle();
  await phone.shot('places-map-04-elder');
  await shown('.place-map__card .place-card').scrollIntoViewIfNeeded();
  await settle();
  await phone.shot('places-map-05-elder-card');
  await actAs(phone.page, cloud.url, 'demo-resident-1', { elder: false });
});
