/**
 * 服务阵地 and the 15-minute circle (issue 15, points 1, 2 and 5) on the local cloud: nearest first
 * from the building or from where the person is, filters, paging, staff-only set-up, and one
 * community's places never seen from another.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { DEMO_PLACES, DEMO_BUILDING_LOCATIONS } from '../../scripts/demo-places';
import { circleRadiusMeters, distanceMeters } from '../../domain/places/distance';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('places', openid, event);
const list = async (openid: string, event: object = {}) => data(await call(openid, { action: 'list', ...event }));
const ids = (page: { items: { _id: string }[] }) => page.items.map((p) => p._id);

/** The demo places ordered by straight-line distance from a point, as a person would check by map. */
const byDistanceFrom = (from: { lat: number; lng: number }) =>
  [...DEMO_PLACES]
    .map((p) => ({ id: p._id, d: distanceMeters(from, p.location) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .map((p) => p.id);

const NEW_PLACE = {
  name: '红色驿站（新街）',
  type: 'red_station',
  address: '新街 1 号',
  location: { lat: 30.2803, lng: 120.1603 },
  hours: '每天 8:00-20:00',
  services: ['休息饮水'],
};

describe('places.list', () => {
  it('puts the nearest place first, measured from the resident’s registered building', async () => {
    const page = await list('demo-resident-1'); // 周奶奶, 1号楼
    expect(page.measuredFrom).toBe('building');
    // the map's centre is her own building, and its circle the 15 minutes at the demo's 70 m/min
    expect(page.origin).toEqual(DEMO_BUILDING_LOCATIONS['b-demo-1-1']);
    expect(page.radiusMeters).toBe(circleRadiusMeters(70));
    // and no other building's location reaches a resident (issue 15 point 5)
    for (const id of ['b-demo-1-2', 'b-demo-2-1']) {
      expect(JSON.stringify(page)).not.toContain(String(DEMO_BUILDING_LOCATIONS[id].lat));
    }
    expect(ids(page)).toEqual(byDistanceFrom(DEMO_BUILDING_LOCATIONS['b-demo-1-1']));
    const distances = page.items.map((p: { distanceMeters: number }) => p.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const river = page.items.find((p: { _id: string }) => p._id === 'place-demo-station-river');
    expect(river).toMatchObject({ inCircle: false, typeLabel: '红色驿站' });
    expect(page.items[0]).toMatchObject({ inCircle: true });
    // a place is public premises: the stored community id is not part of what is shown
    expect(page.items[0].communityId).toBeUndefined();
  });

  it('measures from where the person is when they share it', async () => {
    const riverside = { lat: 30.2902, lng: 120.1765 };
    const page = await list('demo-resident-1', { from: riverside });
    expect(page.measuredFrom).toBe('you');
    expect(page.origin).toEqual(riverside);
    expect(ids(page)[0]).toBe('place-demo-station-river');
    expect(ids(page)).toEqual(byDistanceFrom(riverside));
  });

  it('without a located building or a shared location, lists places with no distance', async () => {
    const page = await list('demo-party-3'); // 4号楼 has no location in the demo
    expect(page.measuredFrom).toBe('nowhere');
    expect(page.origin).toBeUndefined();
    expect(page.items).toHaveLength(DEMO_PLACES.length);
    expect(page.items.every((p: object) => !('distanceMeters' in p))).toBe(true);
  });

  it('filters by type and by service', async () => {
    const stations = await list('demo-resident-1', { type: 'red_station' });
    expect(ids(stations)).toEqual(['place-demo-station-1', 'place-demo-station-river']);
    const barber = await list('demo-resident-1', { service: '理发' });
    expect(ids(barber)).toEqual(['place-demo-barber']);
  });

  it('refuses a location off the map or an unknown type, clearly', async () => {
    for (const bad of [{ from: { lat: 91, lng: 120 } }, { type: 'casino' }, { service: '按摩' }]) {
      const res = await call('demo-resident-1', { action: 'list', ...bad });
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });
});

describe('staff set-up', () => {
  it('only a community admin adds, edits and removes places; bad input changes nothing', async () => {
    const before = cloud.store.count('places');
    for (const openid of ['demo-resident-1', 'demo-grid-1', 'demo-leader-1']) {
      const res = await call(openid, { action: 'save', place: NEW_PLACE });
      expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    }
    const badPhone = await call('demo-admin', { action: 'save', place: { ...NEW_PLACE, phone: '12345' } });
    expect(badPhone).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/电话/) },
    });
    expect(cloud.store.count('places')).toBe(before);

    const { placeId } = data(await call('demo-admin', { action: 'save', place: NEW_PLACE }));
    expect(ids(await list('demo-resident-1'))[0]).toBe(placeId); // 20 m from 1号楼
    data(await call('demo-admin', { action: 'save', placeId, place: { ...NEW_PLACE, name: '红色驿站（新街口）' } }));
    expect(data(await call('demo-resident-1', { action: 'get', placeId })).place.name).toBe('红色驿站（新街口）');
    data(await call('demo-admin', { action: 'remove', placeId }));
    expect(cloud.store.count('places')).toBe(before);
  });

  it('pages of 20, nearest first, with no place twice or left out', async () => {
    const added: string[] = [];
    for (let i = 0; i < 15; i += 1) {
      const place = { ...NEW_PLACE, name: `便民点 ${i}`, location: { lat: 30.28 + i * 0.001, lng: 120.16 } };
      added.push(data(await call('demo-admin', { action: 'save', place })).placeId);
    }
    const first = await list('demo-resident-1');
    expect(first.items).toHaveLength(20);
    const second = await list('demo-resident-1', { cursor: first.nextCursor });
    expect(second.nextCursor).toBeUndefined();
    const all = [...ids(first), ...ids(second)];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(DEMO_PLACES.length + 15);
    const d = [...first.items, ...second.items].map((p: { distanceMeters: number }) => p.distanceMeters);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    for (const placeId of added) data(await call('demo-admin', { action: 'remove', placeId }));
  });

  it('a community’s places are its own: another community neither sees nor edits them', async () => {
    expect((await list('demo-resident-b')).items).toEqual([]);
    const res = await call('demo-resident-b', { action: 'get', placeId: 'place-demo-center' });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const edit = await call('demo-admin-b', { action: 'save', placeId: 'place-demo-center', place: NEW_PLACE });
    expect(edit).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const remove = await call('demo-admin-b', { action: 'remove', placeId: 'place-demo-center' });
    expect(remove).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const locate = await call('demo-admin-b', {
      action: 'building.locate',
      buildingId: 'b-demo-2-2',
      location: { lat: 30, lng: 120 },
    });
    expect(locate).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(cloud.store.get('places', 'place-demo-center')).toMatchObject({ name: '示范社区党群服务中心' });
  });
});

describe('the 15-minute circle', () => {
  it('shows each building’s nearest place and which have none within reach; the speed is the community’s', async () => {
    const report = data(await call('demo-admin', { action: 'circle' }));
    expect(report.walkMetersPerMinute).toBe(70);
    const byName = Object.fromEntries(report.buildings.map((b: { name: string }) => [b.name, b]));
    expect(byName['1号楼']).toMatchObject({ located: true, inCircle: true });
    expect(byName['4号楼']).toMatchObject({ located: false, inCircle: false });
    // the staff map: buildings where they stand, every place
    expect(byName['1号楼'].location).toEqual(DEMO_BUILDING_LOCATIONS['b-demo-1-1']);
    expect(byName['4号楼'].location).toBeUndefined();
    expect(report.places.map((p: { placeId: string }) => p.placeId).sort()).toEqual(
      DEMO_PLACES.map((p) => p._id).sort(),
    );

    // 4号楼 is located far from every place: it shows as out of reach
    data(
      await call('demo-admin', {
        action: 'building.locate',
        buildingId: 'b-demo-2-2',
        location: { lat: 30.31, lng: 120.2 },
      }),
    );
    const far = data(await call('demo-admin', { action: 'circle' }));
    const b4 = far.buildings.find((b: { name: string }) => b.name === '4号楼');
    expect(b4).toMatchObject({ located: true, inCircle: false });
    expect(b4.nearest.walkMinutes).toBeGreaterThan(15);

    // A slower walk shrinks the circle for everyone, and is kept
    const slow = data(await call('demo-admin', { action: 'circle', walkMetersPerMinute: 40 }));
    expect(slow.radiusMeters).toBeLessThan(report.radiusMeters);
    expect(data(await call('demo-admin', { action: 'circle' })).walkMetersPerMinute).toBe(40);
    const page = await list('demo-resident-1');
    const minutes = page.items.find((p: { _id: string }) => p._id === 'place-demo-clinic').walkMinutes;
    data(await call('demo-admin', { action: 'circle', walkMetersPerMinute: 70 }));
    const faster = (await list('demo-resident-1')).items.find((p: { _id: string }) => p._id === 'place-demo-clinic');
    expect(faster.walkMinutes).toBeLessThan(minutes);
    data(
      await call('demo-admin', {
        action: 'building.locate',
        buildingId: 'b-demo-2-2',
        location: { lat: 30.2789, lng: 120.163 },
      }),
    );
  });

  it('is for staff only', async () => {
    const res = await call('demo-resident-1', { action: 'circle', walkMetersPerMinute: 120 });
    expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    expect(data(await call('demo-admin', { action: 'circle' })).walkMetersPerMinute).toBe(70);
  });
});
