/**
 * Every list action pages with the one cursor codec: a cursor that is not one of that list's
 * cursors is INVALID_ARGUMENT with reason CURSOR_MALFORMED (never an empty page), and the cursor a
 * list answers brings the next page.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

/** [function, caller, list event] for every list action that takes a cursor. */
const LISTS: Array<[string, string, Record<string, unknown>]> = [
  ['orders', 'demo-resident-1', { action: 'list', view: 'mine' }],
  ['meetings', 'demo-resident-1', { action: 'list' }],
  ['meetings', 'demo-resident-1', { action: 'board' }],
  ['notices', 'demo-resident-1', { action: 'list' }],
  ['points', 'demo-resident-1', { action: 'ledger' }],
  ['points', 'demo-resident-1', { action: 'items' }],
  ['points', 'demo-resident-1', { action: 'redemptions' }],
  ['user', 'demo-admin', { action: 'members.list' }],
  ['activities', 'demo-resident-1', { action: 'list', when: 'upcoming' }],
  ['activities', 'demo-resident-1', { action: 'list', when: 'past', kind: 'service' }],
  ['activities', 'demo-resident-1', { action: 'hours' }],
  ['activities', 'demo-resident-1', { action: 'mine', when: 'upcoming' }],
  ['activities', 'demo-resident-1', { action: 'mine', when: 'past' }],
];

const MALFORMED: Array<[string, unknown]> = [
  ['junk characters', 'x;y'],
  ['a query operator', { $gt: '' }],
  ['a time that is not a number', 'soon.o_abc'],
  ['a second dot', '1.o.abc'],
  // issue 12, point 9: what the attack sent, once answered with an empty page
  ['no time before the dot', '.abc'],
  ['a negative time', '-1.x'],
  ['no id after the dot', '1.'],
];

describe.each(LISTS)('%s %s %j', (fn, openid, event) => {
  it('answers a first page without a cursor', async () => {
    const page = data(await cloud.call(fn, openid, event));
    expect(Array.isArray(page.items)).toBe(true);
  });

  it.each(MALFORMED)('refuses %s as CURSOR_MALFORMED', async (_label, cursor) => {
    expect(await cloud.call(fn, openid, { ...event, cursor })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        reason: 'CURSOR_MALFORMED',
        message: expect.stringContaining('翻页参数不正确'),
      },
    });
  });

  it("refuses a well-formed cursor of another list's shape as CURSOR_MALFORMED", async () => {
    // Time-ordered lists take `<ms>.<_id>`; members (ordered by _id alone) take the _id.
    const otherShape = fn === 'user' ? '1700000000000.u_abc' : 'o_abc';
    expect(await cloud.call(fn, openid, { ...event, cursor: otherShape })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', reason: 'CURSOR_MALFORMED' },
    });
  });
});

it('members page by _id with the cursor each page answers, every member once, in order', async () => {
  const openids = Array.from({ length: 45 }, (_, i) => `cursor-member-${String(i).padStart(2, '0')}`);
  await cloud.store.insertMany(
    'users',
    openids.map((openid, i) => ({
      _id: userIdFor(openid),
      openid,
      communityId: 'c-demo',
      name: `居民${i}`,
      phone: `1390000${String(i).padStart(4, '0')}`,
      buildingId: 'b-demo-1-1',
      room: '101',
      grants: [],
    })),
  );
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = data(
      await cloud.call('user', 'demo-admin', { action: 'members.list', ...(cursor ? { cursor } : {}) }),
    );
    expect(page.items.length).toBeLessThanOrEqual(20);
    seen.push(...page.items.map((m: { _id: string }) => m._id));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 20);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toEqual([...seen].sort());
  for (const openid of openids) expect(seen).toContain(userIdFor(openid));
  expect(pages).toBeGreaterThanOrEqual(3);
});
