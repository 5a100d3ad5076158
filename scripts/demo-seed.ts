/**
 * Writes the demo community (types/demo.ts) into an empty store: 示范社区 with two grids, four
 * buildings and a person for every role, plus 另一社区 to prove isolation. Used on first start of
 * the local cloud, by `npm run seed`, and by tests.
 */
import { DEMO_BUILDINGS, DEMO_COMMUNITY, DEMO_GRIDS, DEMO_PEOPLE, OTHER_COMMUNITY } from '../types/demo';
import { userIdFor } from '../domain/ids';

/** The part of the local cloud's store the seed needs. */
export interface SeedTarget {
  insertMany(collection: string, docs: Record<string, unknown>[]): unknown;
}

export async function seedDemo(store: SeedTarget, now = new Date()): Promise<void> {
  await store.insertMany('communities', [
    { ...DEMO_COMMUNITY, acceptsNewResidents: true, createdAt: now },
    { ...OTHER_COMMUNITY, acceptsNewResidents: false, createdAt: now },
  ]);
  await store.insertMany(
    'grids',
    DEMO_GRIDS.map((g) => ({ ...g, createdAt: now })),
  );
  await store.insertMany(
    'buildings',
    DEMO_BUILDINGS.map((b) => ({ ...b, createdAt: now })),
  );
  await store.insertMany(
    'users',
    DEMO_PEOPLE.map((p) => ({
      _id: userIdFor(p.openid),
      openid: p.openid,
      communityId: p.communityId,
      name: p.name,
      phone: p.phone,
      buildingId: p.buildingId,
      room: p.room,
      grants: p.roles,
      createdAt: now,
    })),
  );
}
