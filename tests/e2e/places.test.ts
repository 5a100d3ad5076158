/**
 * 服务阵地 end to end (issue 15), in a phone browser on the H5 build against the local cloud (demo
 * places, scripts/demo-places.ts): 周奶奶 opens 服务阵地 and finds the nearest 红色驿站 from her
 * building, then from where she stands by the river (the browser's GPS position, converted to the
 * maps' GCJ-02), and 导航过去 opens the map; 李书记 sees the 15分钟服务圈 (4号楼 not yet located) and
 * registers a new 红色驿站. Screenshots: tests/artifacts/screenshots/places-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, shown as shownOn } from './support/h5';

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
