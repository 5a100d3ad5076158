/**
 * The permission matrix of `points`: every action for every demo person (plus a merchant). Allowed
 * people succeed; others in the community get PERMISSION_DENIED; another community's things are
 * NOT_FOUND. Then the bad-input corpus: INVALID_ARGUMENT and nothing written.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { addItem, award, ledgerBreaches, rid, uid } from '../support/points';

let cloud: TestCloud;
const MERCHANT = 'perm-merchant';
const PEOPLE = [
  'demo-resident-1',
  'demo-resident-2',
  'demo-leader-1',
  'demo-grid-1',
  'demo-party-1',
  'demo-property-1',
  'demo-dept-1',
  MERCHANT,
  'demo-admin',
  'demo-admin-b',
  'demo-resident-b',
];
const OTHERS = ['demo-admin-b', 'demo-resident-b'];
let itemId: string;

beforeAll(async () => {
  cloud = await startTestCloud();
  cloud.store.insertMany('users', [
    {
      _id: uid(MERCHANT),
      openid: MERCHANT,
      communityId: 'c-demo',
      name: '孙老板',
      phone: '13600000000',
      buildingId: 'b-demo-1-1',
      room: '1',
      grants: [{ role: 'merchant', scope: { communityId: 'c-demo' } }],
    },
  ]);
  for (const p of PEOPLE.filter((p) => !OTHERS.includes(p))) await award(cloud, p, 1000);
  itemId = (await addItem(cloud, { cost: 1, stock: 10000 }))._id;
});
afterAll(() => cloud.close());
afterEach(() => expect(ledgerBreaches(cloud)).toEqual([]));

const pending = async (c: TestCloud, openid = 'demo-resident-1') =>
  data(await c.call('points', openid, { action: 'redeem', itemId, requestId: rid() })).redemption as {
    _id: string;
    code: string;
  };

/**
 * `outsiders`: what the other community's admin and resident get. Their own things are open to
 * them; this community's things are NOT_FOUND — except where they lack the role outright, which
 * PERMISSION_DENIED says whatever the target, so it reveals nothing.
 */
type Outcome = 'ok' | 'NOT_FOUND' | 'PERMISSION_DENIED';
type Case = {
  action: string;
  event: (c: TestCloud) => Promise<object>;
  allowed: string[];
  outsiders: [Outcome, Outcome];
};
const ALL_IN_COMMUNITY = PEOPLE.filter((p) => !OTHERS.includes(p));
const OWN: [Outcome, Outcome] = ['ok', 'ok'];
const ADMINS_ONLY: [Outcome, Outcome] = ['NOT_FOUND', 'PERMISSION_DENIED'];
const MATRIX: Case[] = [
  { action: 'balance', event: async () => ({ action: 'balance' }), allowed: ALL_IN_COMMUNITY, outsiders: OWN },
  { action: 'ledger (own)', event: async () => ({ action: 'ledger' }), allowed: ALL_IN_COMMUNITY, outsiders: OWN },
  {
    action: "ledger (resident-1's)",
    event: async () => ({ action: 'ledger', userId: uid('demo-resident-1') }),
    allowed: ['demo-resident-1', 'demo-admin'],
    outsiders: ADMINS_ONLY,
  },
  {
    action: 'award',
    event: async () => ({
      action: 'award',
      userId: uid('demo-resident-2'),
      amount: 1,
      area: 'other',
      reason: '测试',
      requestId: rid(),
    }),
    allowed: ['demo-admin'],
    outsiders: ADMINS_ONLY,
  },
  {
    action: 'reverse',
    event: async (c) => ({ action: 'reverse', entryId: (await award(c, 'demo-resident-2', 1))._id, reason: '测试' }),
    allowed: ['demo-admin'],
    outsiders: ADMINS_ONLY,
  },
  { action: 'items', event: async () => ({ action: 'items' }), allowed: ALL_IN_COMMUNITY, outsiders: OWN },
  {
    action: 'item.save (new)',
    event: async () => ({ action: 'item.save', name: `新品${rid().slice(0, 8)}`, cost: 1, stock: 1 }),
    allowed: ['demo-admin'],
    outsiders: ['ok', 'PERMISSION_DENIED'],
  },
  {
    action: 'item.save (edit)',
    event: async () => ({ action: 'item.save', _id: itemId, name: '测试肥皂', cost: 1, stock: 10000 }),
    allowed: ['demo-admin'],
    outsiders: ADMINS_ONLY,
  },
  {
    action: 'redeem',
    event: async () => ({ action: 'redeem', itemId, requestId: rid() }),
    allowed: ALL_IN_COMMUNITY,
    outsiders: ['NOT_FOUND', 'NOT_FOUND'],
  },
  {
    action: 'verify',
    event: async (c) => ({ action: 'verify', code: (await pending(c)).code }),
    allowed: ['demo-admin', MERCHANT],
    outsiders: ADMINS_ONLY,
  },
  {
    action: 'cancel',
    event: async (c) => ({ action: 'cancel', redemptionId: (await pending(c))._id }),
    allowed: ['demo-resident-1'],
    outsiders: ['NOT_FOUND', 'NOT_FOUND'],
  },
  { action: 'redemptions', event: async () => ({ action: 'redemptions' }), allowed: ALL_IN_COMMUNITY, outsiders: OWN },
  {
    action: 'leaderboard',
    event: async () => ({ action: 'leaderboard', scope: 'community', period: 'all' }),
    allowed: ALL_IN_COMMUNITY,
    outsiders: OWN,
  },
];

describe.each(MATRIX)('points.$action', ({ event, allowed, outsiders }) => {
  it.each(PEOPLE)('as %s', async (openid) => {
    const res = await cloud.call('points', openid, await event(cloud));
    const outsider = OTHERS.indexOf(openid);
    const expected: Outcome =
      outsider >= 0 ? outsiders[outsider] : allowed.includes(openid) ? 'ok' : 'PERMISSION_DENIED';
    if (expected === 'ok') expect(res).toMatchObject({ ok: true });
    else expect(res).toMatchObject({ ok: false, error: { code: expected } });
  });
});

describe('what each person sees', () => {
  it('a resident sees only their own redemptions; an admin sees the community’s', async () => {
    const mine = await pending(cloud, 'demo-resident-2');
    const own = data(await cloud.call('points', 'demo-resident-1', { action: 'redemptions' })).items;
    expect(own.every((r: { userName: string }) => r.userName === '周奶奶')).toBe(true);
    const admin = data(await cloud.call('points', 'demo-admin', { action: 'redemptions', status: 'pending' })).items;
    expect(admin.map((r: { _id: string }) => r._id)).toContain(mine._id);
    const adminsOwn = data(await cloud.call('points', 'demo-admin', { action: 'redemptions', mine: true })).items;
    expect(adminsOwn.every((r: { userName: string }) => r.userName === '李书记')).toBe(true);
    expect(data(await cloud.call('points', 'demo-admin-b', { action: 'redemptions' })).items).toEqual([]);
  });

  it('another community cannot redeem, verify, cancel or reverse this community’s things', async () => {
    const r = await pending(cloud);
    const entry = await award(cloud, 'demo-resident-2', 1);
    for (const event of [
      { action: 'redeem', itemId, requestId: rid() },
      { action: 'verify', code: r.code },
      { action: 'cancel', redemptionId: r._id },
      { action: 'reverse', entryId: entry._id, reason: 'x' },
      { action: 'award', userId: uid('demo-resident-1'), amount: 1, area: 'other', reason: 'x', requestId: rid() },
      { action: 'item.save', _id: itemId, name: '偷改', cost: 1, stock: 1 },
      { action: 'ledger', userId: uid('demo-resident-1') },
    ]) {
      expect(await cloud.call('points', 'demo-admin-b', event)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(cloud.store.find('mall_items', { _id: itemId })[0].name).not.toBe('偷改');
  });

  it('an admin reads a member’s two figures; a resident may not read another’s; another community’s admin finds nobody', async () => {
    const member = { action: 'balance', userId: uid('demo-party-1') };
    expect(data(await cloud.call('points', 'demo-admin', member))).toMatchObject({ label: '先锋积分' });
    expect(await cloud.call('points', 'demo-resident-1', member)).toMatchObject({
      error: { code: 'PERMISSION_DENIED' },
    });
    expect(await cloud.call('points', 'demo-admin-b', member)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('a caller with no profile is UNAUTHENTICATED', async () => {
    expect(await cloud.call('points', 'never-logged-in', { action: 'balance' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await cloud.call('points', null, { action: 'balance' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('bad input changes nothing', () => {
  const corpus: Array<[string, object]> = [
    ['no action', {}],
    ['unknown action', { action: 'mint', amount: 100 }],
    ['an openid field', { action: 'balance', openid: 'demo-admin' }],
    ['an operator as the userId on balance', { action: 'balance', userId: { $ne: null } }],
    [
      'a role field',
      {
        action: 'award',
        userId: 'u_x',
        amount: 1,
        area: 'other',
        reason: 'x',
        requestId: 'r1',
        role: 'community_admin',
      },
    ],
    ['award of 0', { action: 'award', userId: 'u_x', amount: 0, area: 'other', reason: 'x', requestId: 'r1' }],
    ['negative award', { action: 'award', userId: 'u_x', amount: -5, area: 'other', reason: 'x', requestId: 'r1' }],
    ['fractional award', { action: 'award', userId: 'u_x', amount: 1.5, area: 'other', reason: 'x', requestId: 'r1' }],
    ['award as text', { action: 'award', userId: 'u_x', amount: '10', area: 'other', reason: 'x', requestId: 'r1' }],
    ['huge award', { action: 'award', userId: 'u_x', amount: 1e9, area: 'other', reason: 'x', requestId: 'r1' }],
    ['unknown area', { action: 'award', userId: 'u_x', amount: 1, area: 'bribery', reason: 'x', requestId: 'r1' }],
    ['empty reason', { action: 'award', userId: 'u_x', amount: 1, area: 'other', reason: '  ', requestId: 'r1' }],
    [
      '10 KB reason',
      { action: 'award', userId: 'u_x', amount: 1, area: 'other', reason: '长'.repeat(10240), requestId: 'r1' },
    ],
    [
      'operator in userId',
      { action: 'award', userId: { $ne: null }, amount: 1, area: 'other', reason: 'x', requestId: 'r1' },
    ],
    ['missing requestId', { action: 'award', userId: 'u_x', amount: 1, area: 'other', reason: 'x' }],
    ['operator in entryId', { action: 'reverse', entryId: { $gt: '' }, reason: 'x' }],
    ['a dot in entryId', { action: 'reverse', entryId: 'award.x', reason: 'x' }],
    ['reverse without reason', { action: 'reverse', entryId: 'award:x:y' }],
    ['item of cost 0', { action: 'item.save', name: '米', cost: 0, stock: 1 }],
    ['negative stock', { action: 'item.save', name: '米', cost: 1, stock: -1 }],
    ['fractional stock', { action: 'item.save', name: '米', cost: 1, stock: 1.5 }],
    ['limit of 0', { action: 'item.save', name: '米', cost: 1, stock: 1, limitPerPerson: 0 }],
    [
      'a picture that is not a file id',
      { action: 'item.save', name: '米', cost: 1, stock: 1, image: 'http://evil/x.png' },
    ],
    ['a 31-character name', { action: 'item.save', name: '字'.repeat(31), cost: 1, stock: 1 }],
    ['operator in itemId', { action: 'redeem', itemId: { $gt: '' }, requestId: 'r1' }],
    ['operator as a string id', { action: 'redeem', itemId: '{"$gt":""}', requestId: 'r1' }],
    ['redeem without requestId', { action: 'redeem', itemId: 'mi_x' }],
    ['a code too short', { action: 'verify', code: 'ABC' }],
    ['a code with U', { action: 'verify', code: 'UUUUUUUU' }],
    ['a code as an operator', { action: 'verify', code: { $regex: '.*' } }],
    ['cancel without id', { action: 'cancel' }],
    ['unknown redemption status', { action: 'redemptions', status: 'stolen' }],
    ['a bad cursor', { action: 'ledger', cursor: 'abc' }],
    ['an operator cursor', { action: 'ledger', cursor: { $gt: 0 } }],
    ['unknown board scope', { action: 'leaderboard', scope: 'world', period: 'all' }],
    ['unknown board period', { action: 'leaderboard', scope: 'community', period: 'week' }],
  ];
  const counts = () =>
    ['point_accounts', 'point_entries', 'mall_items', 'mall_quotas', 'redemptions'].map((c) => cloud.store.count(c));

  it.each(corpus)('%s → INVALID_ARGUMENT, nothing written', async (_label, event) => {
    const before = counts();
    const res = await cloud.call('points', 'demo-admin', event);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    if (!res.ok) expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(counts()).toEqual(before);
  });
});
