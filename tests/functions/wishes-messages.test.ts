/**
 * 微心愿 people are told when their wish moves (issue 14), by subscribe message (notify.ts): the
 * poster — the resident, or the 楼栋长 who posted for them — at 审核通过 / 未通过, 已被认领 and 待确认;
 * the claimer at 已圆梦. Each move sends exactly one message to exactly that person; a refused move,
 * a lost race or a second confirmation sends none; the claimer's message names no resident.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { rid, uid } from '../support/points';
import { chinaDayAfter } from '../../domain/china-time';
import { DEMO_PEOPLE } from '../../types/demo';

let cloud: TestCloud;
const PEOPLE = ['demo-resident-1', 'demo-resident-2', 'demo-leader-1', 'demo-party-1', 'demo-party-2', 'demo-admin'];
beforeAll(async () => {
  cloud = await startTestCloud();
  // Everyone allowed plenty of both kinds: what is counted is what the functions chose to send.
  cloud.store.insertMany(
    'notice_subscriptions',
    PEOPLE.map((openid) => ({
      _id: uid(openid),
      communityId: 'c-demo',
      counts: { wish_progress: 50, wish_confirmed: 50 },
      updatedAt: new Date(),
    })),
  );
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('wishes', openid, event);
const WISH = { title: '想要一副老花镜', description: '想要一副 300 度的老花镜。', category: 'elderly' };
const post = async (openid: string, extra: object = {}) =>
  data(
    await call(openid, { action: 'post', requestId: rid(), ...WISH, dueDate: chinaDayAfter(7, new Date()), ...extra }),
  ).wish;

/** Runs `step` and answers the messages it sent: [to whom, the status it names]. */
async function sentBy(step: () => Promise<unknown>): Promise<[string, string][]> {
  const before = cloud.outbox().length;
  await step();
  return cloud
    .outbox()
    .slice(before)
    .map((m) => [m.touser as string, (m.data as Record<string, { value: string }>).phrase2?.value]);
}

it('each move tells one person once: the poster at 审核, 认领, 完成; the claimer at 圆梦', async () => {
  const wish = await post('demo-resident-1');
  const review = () => call('demo-admin', { action: 'review', wishId: wish._id, approve: true });
  expect(await sentBy(review)).toEqual([['demo-resident-1', '审核通过']]);

  let claims: any[] = [];
  const race = async () => {
    claims = await Promise.all(
      ['demo-party-1', 'demo-party-2'].map((p) => call(p, { action: 'claim', wishId: wish._id })),
    );
  };
  // Two tap 认领 at once: one wins, and the poster hears of it once.
  expect(await sentBy(race)).toEqual([['demo-resident-1', '已被认领']]);
  const winner = ['demo-party-1', 'demo-party-2'][claims.findIndex((r) => r.ok)];
  const loser = winner === 'demo-party-1' ? 'demo-party-2' : 'demo-party-1';

  const refusedFulfil = () => call(loser, { action: 'fulfil', wishId: wish._id, note: '送到了', minutes: 30 });
  expect(await sentBy(refusedFulfil)).toEqual([]);
  const fulfil = () => call(winner, { action: 'fulfil', wishId: wish._id, note: '送到了', minutes: 30 });
  expect(await sentBy(fulfil)).toEqual([['demo-resident-1', '待确认']]);

  const refusedConfirm = () => call('demo-resident-2', { action: 'confirm', wishId: wish._id });
  expect(await sentBy(refusedConfirm)).toEqual([]);
  const confirm = () => call('demo-resident-1', { action: 'confirm', wishId: wish._id });
  expect(await sentBy(confirm)).toEqual([[winner, '已圆梦']]);
  expect(await sentBy(confirm)).toEqual([]); // confirmed already: nothing new, nothing said
});

it('a wish a 楼栋长 posted for a resident: the 楼栋长 is told, the resident (who may not use the app) not', async () => {
  const wish = await post('demo-leader-1', { forUserId: uid('demo-resident-2') });
  const rejected = () =>
    call('demo-admin', { action: 'review', wishId: wish._id, approve: false, reason: '请写清楚尺寸' });
  expect(await sentBy(rejected)).toEqual([['demo-leader-1', '未通过']]);
  const again = await post('demo-leader-1', { forUserId: uid('demo-resident-2') });
  const refusedReview = () => call('demo-party-1', { action: 'review', wishId: again._id, approve: true });
  expect(await sentBy(refusedReview)).toEqual([]);
});

it('the leader and the resident confirming at once tell the claimer once, naming no resident', async () => {
  const wish = await post('demo-leader-1', { forUserId: uid('demo-resident-2') });
  data(await call('demo-admin', { action: 'review', wishId: wish._id, approve: true }));
  data(await call('demo-party-2', { action: 'claim', wishId: wish._id }));
  data(await call('demo-party-2', { action: 'fulfil', wishId: wish._id, note: '已送到', minutes: 30 }));
  const before = cloud.outbox().length;
  const results = await Promise.all(
    ['demo-resident-2', 'demo-leader-1', 'demo-resident-2', 'demo-leader-1'].map((p) =>
      call(p, { action: 'confirm', wishId: wish._id }),
    ),
  );
  expect(results.every((r) => r.ok)).toBe(true);
  const sent = cloud.outbox().slice(before);
  expect(sent.map((m) => [m.touser, m.page])).toEqual([
    ['demo-party-2', `packages/wishes/detail/index?wishId=${wish._id}`],
  ]);
  const text = JSON.stringify(sent[0].data);
  expect(text).toContain('想要一副老花镜');
  for (const p of DEMO_PEOPLE.filter((x) => x.openid !== 'demo-party-2'))
    for (const v of [p.name, p.phone, `${p.room}室`]) expect(text).not.toContain(v);
  expect(text).not.toMatch(/\d+号楼|\b\d{3}\b/); // no building or room number
});
