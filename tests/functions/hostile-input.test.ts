/**
 * Issue 12, points 8 and 9, through the real functions: an error never repeats what it was sent (at
 * most a short field path), and a field a read would ignore is INVALID_ARGUMENT, not an answer.
 */
import { startTestCloud, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const BIG = 'k'.repeat(100_000);

/** Events whose refusal could echo the caller's keys or values, for every function. */
const HOSTILE: Array<[string, string, Record<string, unknown>]> = [
  ['orders', 'demo-resident-1', { action: 'list', view: 'mine', [BIG]: 1 }],
  ['orders', 'demo-resident-1', { action: 'list', view: BIG }],
  ['orders', 'demo-resident-1', { action: BIG }],
  ['notices', 'demo-leader-1', { action: 'post', scope: { buildingId: 'b1', [BIG]: true }, kind: 'info' }],
  ['points', 'demo-resident-1', { action: 'ledger', cursor: BIG }],
  ['meetings', 'demo-resident-1', { action: 'list', [`${BIG}.x`]: { [BIG]: BIG } }],
  ['user', 'demo-resident-1', { action: 'profile.update', name: BIG, phone: BIG, buildingId: BIG, room: BIG }],
  ['org', 'demo-admin', { action: 'tree', [BIG]: [BIG] }],
];

describe.each(HOSTILE)('%s as %s', (fn, openid, event) => {
  it('refuses with a short message naming no part of the input', async () => {
    const answer = await cloud.call(fn, openid, event);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const { message } = (answer as { error: { message: string } }).error;
    expect(message.length).toBeLessThanOrEqual(120);
    expect(message).not.toMatch(/kkkk/);
  });
});

it('an unknown key is named as such, without its text', async () => {
  const answer = await cloud.call('orders', 'demo-resident-1', { action: 'list', view: 'mine', [BIG]: 1 });
  expect(answer).toEqual({
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: '请求参数不正确：含有不支持的字段' },
  });
});

it('红榜 for the community refuses a gridId it would ignore', async () => {
  const event = { action: 'leaderboard', scope: 'community', period: 'month' };
  expect((await cloud.call('points', 'demo-resident-1', event)).ok).toBe(true);
  expect(await cloud.call('points', 'demo-resident-1', { ...event, gridId: 'g-demo-1' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('gridId') },
  });
});
