/**
 * Who may do what with activities (issue 14), as a matrix: every action against every kind of caller.
 * Staff publish (admins for the community, grid workers for their grid); the host (its publisher or
 * a community admin) runs the code, roll, award and 召集令; anyone of the community reads and signs
 * up; another community's people get NOT_FOUND; nobody signed in gets UNAUTHENTICATED.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { activityInput, publish, shift } from '../support/activities';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
let adminsActivity: string;
let gridActivity: string;
beforeAll(async () => {
  cloud = await startTestCloud();
  adminsActivity = await publish(cloud, {}, 'demo-admin');
  gridActivity = await publish(cloud, {}, 'demo-grid-1');
  for (const id of [adminsActivity, gridActivity])
    data(await cloud.call('activities', 'demo-resident-1', { action: 'signup', activityId: id }));
  shift(cloud, adminsActivity, 15);
  shift(cloud, gridActivity, 15);
});
afterAll(() => cloud.close());

type Outcome = 'ok' | string;
const CALLERS = [
  'demo-admin',
  'demo-grid-1',
  'demo-grid-2',
  'demo-party-1',
  'demo-resident-2',
  'demo-admin-b',
] as const;

/** Expected outcome per caller, in CALLERS order. */
const HOST_OF_GRID: Outcome[] = [
  'ok',
  'ok',
  'ACTIVITY_NOT_HOST',
  'ACTIVITY_NOT_HOST',
  'ACTIVITY_NOT_HOST',
  'NOT_FOUND',
];
const HOST_OF_ADMINS: Outcome[] = [
  'ok',
  'ACTIVITY_NOT_HOST',
  'ACTIVITY_NOT_HOST',
  'ACTIVITY_NOT_HOST',
  'ACTIVITY_NOT_HOST',
  'NOT_FOUND',
];
const COMMUNITY: Outcome[] = ['ok', 'ok', 'ok', 'ok', 'ok', 'NOT_FOUND'];

const rows: [string, (id: string) => object, 'admins' | 'grid', Outcome[]][] = [
  ['get', (id) => ({ action: 'get', activityId: id }), 'grid', COMMUNITY],
  ['code', (id) => ({ action: 'code', activityId: id }), 'grid', HOST_OF_GRID],
  ['code', (id) => ({ action: 'code', activityId: id }), 'admins', HOST_OF_ADMINS],
  ['roster', (id) => ({ action: 'roster', activityId: id }), 'grid', HOST_OF_GRID],
  ['roll', (id) => ({ action: 'roll', activityId: id, userId: userIdFor('demo-resident-1') }), 'grid', HOST_OF_GRID],
  ['callUp', (id) => ({ action: 'callUp', activityId: id }), 'admins', HOST_OF_ADMINS],
];

describe.each(rows)('%s (%s’s activity)', (_name, event, whose, expected) => {
  it.each(CALLERS.map((c, i) => [c, expected[i]] as const))('%s → %s', async (caller, outcome) => {
    const id = whose === 'grid' ? gridActivity : adminsActivity;
    const res = await cloud.call('activities', caller, event(id));
    if (outcome === 'ok') expect(res).toMatchObject({ ok: true });
    else if (outcome === 'NOT_FOUND') expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    else expect(res).toMatchObject({ ok: false, error: { reason: outcome } });
  });
});

describe('publish', () => {
  it.each([
    ['demo-admin', 'ok'],
    ['demo-grid-2', 'ok'],
    ['demo-party-1', 'ACTIVITY_NOT_STAFF'],
    ['demo-resident-2', 'ACTIVITY_NOT_STAFF'],
    ['demo-property-1', 'ACTIVITY_NOT_STAFF'],
    ['demo-leader-1', 'ACTIVITY_NOT_STAFF'],
  ])('%s → %s', async (caller, outcome) => {
    const res = await cloud.call('activities', caller, { action: 'publish', activity: activityInput() });
    if (outcome === 'ok') expect(res).toMatchObject({ ok: true });
    else expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED', reason: outcome } });
  });

  it('a grid worker’s activity is tagged with their grid; the role cannot come from the event', async () => {
    const res = await cloud.call('activities', 'demo-resident-2', {
      action: 'publish',
      activity: activityInput(),
      role: 'community_admin',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(cloud.store.find('activities', { _id: gridActivity })[0].gridId).toBe('g-demo-1');
  });
});

it('nobody signed in gets UNAUTHENTICATED for every action', async () => {
  for (const event of [
    { action: 'list', when: 'upcoming' },
    { action: 'hours' },
    { action: 'signup', activityId: adminsActivity },
  ]) {
    expect(await cloud.call('activities', null, event)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  }
});
