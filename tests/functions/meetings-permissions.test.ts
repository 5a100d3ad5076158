/**
 * The permission matrix of `meetings` over the demo people: allowed people succeed; everyone else in
 * the community gets PERMISSION_DENIED; the other community's admin gets NOT_FOUND.
 * Grid 1 is where demo-resident-1/2, demo-leader-1, demo-grid-1, demo-party-1 and demo-property-1
 * live or hold grants; demo-grid-2, demo-party-3 and demo-dept-1 live in grid 2.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { acceptedTopic, advance, createMeeting, deliberating, inAWeek, signInCode } from '../support/meetings';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const PEOPLE = [
  'demo-resident-1',
  'demo-resident-2',
  'demo-leader-1',
  'demo-grid-1',
  'demo-grid-2',
  'demo-party-1',
  'demo-party-3',
  'demo-property-1',
  'demo-admin',
  'demo-dept-1',
  'demo-admin-b',
];
const GRID_1 = [
  'demo-resident-1',
  'demo-resident-2',
  'demo-leader-1',
  'demo-grid-1',
  'demo-party-1',
  'demo-property-1',
  'demo-admin',
];
const RUN_GRID_1 = ['demo-admin', 'demo-grid-1'];
const COMMUNITY = PEOPLE.filter((p) => p !== 'demo-admin-b');
const grid1 = { gridId: 'g-demo-1' };

type Setup = (c: TestCloud) => Promise<Record<string, string>>;
const meetingIn =
  (extra: object, steps = 0): Setup =>
  async (c) => {
    const m = await createMeeting(c, extra);
    if (steps) await advance(c, m._id, steps);
    return { meetingId: m._id };
  };
/** A grid-1 meeting starting soon, and the code on its host's screen. */
const withCode =
  (extra: object): Setup =>
  async (c) => {
    const m = await createMeeting(c, extra);
    return { meetingId: m._id, code: await signInCode(c, m._id) };
  };
const withTopic: Setup = async (c) => {
  const m = await createMeeting(c, grid1);
  const { topic } = data(
    await c.call('meetings', 'demo-resident-1', {
      action: 'propose',
      meetingId: m._id,
      title: '议题',
      content: '内容',
    }),
  );
  return { meetingId: m._id, topicId: topic._id };
};
const deciding: Setup = async (c) => {
  const { meeting, topic } = await deliberating(c, grid1);
  return { meetingId: meeting._id, topicId: topic._id };
};
const decided: Setup = async (c) => {
  const { meetingId, topicId } = await deciding(c);
  const ownerId = userIdFor('demo-party-1');
  const d = data(
    await c.call('meetings', 'demo-admin', {
      action: 'decide',
      meetingId,
      topicId,
      decision: '办',
      ownerId,
      dueDate: '2999-01-01',
    }),
  );
  return { decisionId: d.decision._id };
};

const MATRIX: Array<{ name: string; setup: Setup; event: (ids: Record<string, string>) => object; allowed: string[] }> =
  [
    {
      name: 'create (community-wide)',
      setup: async () => ({}),
      event: () => ({ action: 'create', type: 'tea', title: '下午茶', startsAt: inAWeek(), place: '议事厅' }),
      allowed: ['demo-admin', 'demo-admin-b'], // each admin creates in their own community
    },
    {
      name: 'create (grid 1)',
      setup: async () => ({}),
      event: () => ({
        action: 'create',
        type: 'five_step',
        title: '网格议事',
        startsAt: inAWeek(),
        place: '凉亭',
        ...grid1,
      }),
      allowed: RUN_GRID_1,
    },
    { name: 'advance', setup: meetingIn(grid1), event: (i) => ({ action: 'advance', ...i }), allowed: RUN_GRID_1 },
    {
      name: 'advance (community-wide)',
      setup: meetingIn({}),
      event: (i) => ({ action: 'advance', ...i }),
      allowed: ['demo-admin'],
    },
    {
      name: 'propose',
      setup: meetingIn(grid1),
      event: (i) => ({ action: 'propose', ...i, title: '议题', content: '内容' }),
      allowed: GRID_1,
    },
    {
      name: 'propose (community-wide)',
      setup: meetingIn({}),
      event: (i) => ({ action: 'propose', ...i, title: '议题', content: '内容' }),
      allowed: COMMUNITY,
    },
    { name: 'attend', setup: withCode(grid1), event: (i) => ({ action: 'attend', ...i }), allowed: GRID_1 },
    {
      name: 'roll',
      setup: meetingIn(grid1),
      event: (i) => ({ action: 'roll', ...i, userId: userIdFor('demo-resident-2') }),
      allowed: RUN_GRID_1,
    },
    {
      name: 'signInCode',
      setup: meetingIn(grid1),
      event: (i) => ({ action: 'signInCode', ...i }),
      allowed: RUN_GRID_1,
    },
    { name: 'minutes', setup: meetingIn(grid1), event: (i) => ({ action: 'minutes', ...i }), allowed: GRID_1 },
    { name: 'get', setup: meetingIn(grid1), event: (i) => ({ action: 'get', ...i }), allowed: GRID_1 },
    {
      name: 'review',
      setup: withTopic,
      event: (i) => ({ action: 'review', topicId: i.topicId, accept: true }),
      allowed: RUN_GRID_1,
    },
    { name: 'record', setup: deciding, event: (i) => ({ action: 'record', ...i, notes: '记录' }), allowed: RUN_GRID_1 },
    {
      name: 'decide',
      setup: deciding,
      event: (i) => ({
        action: 'decide',
        ...i,
        decision: '决定',
        ownerId: userIdFor('demo-party-1'),
        dueDate: '2999-01-01',
      }),
      allowed: RUN_GRID_1,
    },
    { name: 'publish', setup: meetingIn(grid1, 3), event: (i) => ({ action: 'publish', ...i }), allowed: RUN_GRID_1 },
    {
      name: 'progress',
      setup: decided,
      event: (i) => ({ action: 'progress', ...i, note: '进展' }),
      allowed: [...RUN_GRID_1, 'demo-party-1'],
    },
  ];

describe.each(MATRIX)('meetings.$name', ({ setup, event, allowed }) => {
  it.each(PEOPLE)('as %s', async (openid) => {
    const ids = await setup(cloud);
    const res = await cloud.call('meetings', openid, event(ids));
    if (allowed.includes(openid)) expect(res).toMatchObject({ ok: true });
    else if (openid === 'demo-admin-b') expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    else expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  });
});

describe('pool topics and lists', () => {
  it('only an admin reviews the community pool; the proposer sees their own topics only', async () => {
    const { topic } = data(
      await cloud.call('meetings', 'demo-resident-3', { action: 'propose', title: '池中议题', content: '内容' }),
    );
    for (const openid of ['demo-grid-1', 'demo-resident-3', 'demo-dept-1']) {
      const res = await cloud.call('meetings', openid, { action: 'review', topicId: topic._id, accept: true });
      expect(res).toMatchObject({ error: { code: 'PERMISSION_DENIED' } });
    }
    expect(
      await cloud.call('meetings', 'demo-admin-b', { action: 'review', topicId: topic._id, accept: true }),
    ).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const own = data(await cloud.call('meetings', 'demo-resident-3', { action: 'topics' })).items;
    expect(own.map((t: { _id: string }) => t._id)).toContain(topic._id);
    const other = data(await cloud.call('meetings', 'demo-resident-1', { action: 'topics' })).items;
    expect(other.map((t: { _id: string }) => t._id)).not.toContain(topic._id);
  });

  it('list shows community-wide meetings and one’s own grids only; other communities never', async () => {
    const g2 = await createMeeting(cloud, { gridId: 'g-demo-2' });
    const all = await createMeeting(cloud);
    const ids = async (openid: string) =>
      data(await cloud.call('meetings', openid, { action: 'list' })).items.map((m: { _id: string }) => m._id);
    expect(await ids('demo-resident-1')).toEqual(expect.arrayContaining([all._id]));
    expect(await ids('demo-resident-1')).not.toContain(g2._id);
    expect(await ids('demo-resident-3')).toEqual(expect.arrayContaining([all._id, g2._id]));
    expect(await ids('demo-admin-b')).not.toEqual(expect.arrayContaining([all._id]));
    await acceptedTopic(cloud, all._id);
  });
});
