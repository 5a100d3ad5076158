/** 代办 rules (issue 11.3): who may file for whom, decided by the resident's registered home. */
import type { Actor } from '../../domain/actor';
import { isProxyOf, mayFileFor, mayHandBack, mayReassign } from '../../domain/orders/permissions';
import { proxyBuildings } from '../../src/features/orders/proxy';

const person = (userId: string, grants: Actor['grants']): Actor => ({
  userId,
  name: userId,
  communityId: 'c-1',
  buildingId: 'b-1',
  grants,
});
const leader = person('u-leader', [{ role: 'building_leader', scope: { buildingId: 'b-1' } }]);
const worker = person('u-worker', [{ role: 'grid_worker', scope: { gridId: 'g-1' } }]);
const party = person('u-party', [{ role: 'party_member', scope: { gridId: 'g-1' } }]);
const home = (buildingId: string, gridId: string) => ({ communityId: 'c-1', gridId, buildingId });
const TREE = {
  community: { _id: 'c-1', name: '示范社区' },
  grids: [
    {
      _id: 'g-1',
      name: '网格一',
      buildings: [
        { _id: 'b-1', name: '1号楼' },
        { _id: 'b-2', name: '2号楼' },
      ],
    },
    { _id: 'g-2', name: '网格二', buildings: [{ _id: 'b-3', name: '3号楼' }] },
  ],
};

test('a building leader files for a resident registered in their building only', () => {
  expect(mayFileFor(leader, home('b-1', 'g-1'))).toBe(true);
  expect(mayFileFor(leader, home('b-2', 'g-1'))).toBe(false);
  expect(mayFileFor(leader, home('b-3', 'g-2'))).toBe(false);
});

test('a grid worker files for a resident of any building of their grid; a party member for nobody', () => {
  expect(mayFileFor(worker, home('b-2', 'g-1'))).toBe(true);
  expect(mayFileFor(worker, home('b-3', 'g-2'))).toBe(false);
  expect(mayFileFor(party, home('b-1', 'g-1'))).toBe(false);
});

test('a resident without a registered home, or of another community, cannot be filed for', () => {
  expect(mayFileFor(worker, { communityId: 'c-1', gridId: 'g-1', buildingId: '' })).toBe(false);
  expect(mayFileFor(leader, { communityId: 'c-2', gridId: 'g-1', buildingId: 'b-1' })).toBe(false);
});

test('the 代办 page offers exactly the buildings mayFileFor allows', () => {
  expect(proxyBuildings(leader, TREE).map((b) => b.name)).toEqual(['1号楼']);
  expect(proxyBuildings(worker, TREE).map((b) => b.name)).toEqual(['1号楼', '2号楼']);
  expect(proxyBuildings(party, TREE)).toEqual([]);
});

test('the 代办人 is the one named on the order, never the resident themself', () => {
  expect(isProxyOf(leader, { proxyId: 'u-leader' })).toBe(true);
  expect(isProxyOf(leader, {})).toBe(false);
  expect(isProxyOf(worker, { proxyId: 'u-leader' })).toBe(false);
});

test('退单: the taker, the grid worker or an admin; 改派: the grid worker or an admin', () => {
  const order = {
    communityId: 'c-1',
    gridId: 'g-1',
    buildingId: 'b-1',
    category: 'elderly' as const,
    residentId: 'u-r',
    filedById: 'u-r',
    takerId: 'u-party',
  };
  const admin = person('u-admin', [{ role: 'community_admin', scope: { communityId: 'c-1' } }]);
  expect([party, worker, admin, leader].map((a) => mayHandBack(a, order))).toEqual([true, true, true, false]);
  expect([party, worker, admin, leader].map((a) => mayReassign(a, order))).toEqual([false, true, true, false]);
});
