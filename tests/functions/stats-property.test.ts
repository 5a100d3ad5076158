/**
 * Property: after any mix of orders moving through their life (filed, dispatched or answered, grabbed,
 * handed back, waiting on the resident and resumed, done, rated well or badly, rectified, the 整改
 * confirmed or disputed, cancelled) and points earned, reversed, spent
 * and refunded, and redemptions handed over (核销: the 爱心超市's collected units and their ¥
 * value, from two items, one with a 参考价值 and one without) — in concurrent batches, on the local cloud — every figure of the 数据看板 equals a
 * recount from the raw documents in the store, for the month, the quarter and the year; and
 * stats-timer finds nothing to repair. The simple counts are recounted here by hand; the rates and
 * medians through the domain's own definitions over the raw orders.
 */
import fc from 'fast-check';
import { figuresOf, type Place } from '../../domain/stats/figures';
import { orderFacts, orderScopes, type Facts } from '../../domain/stats/order-facts';
import { sumFacts } from '../../domain/stats/rates';
import { collectionFacts, entryFacts, entryScopes } from '../../domain/stats/points-facts';
import { CATEGORIES } from '../../types/orders';
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { newRequestId } from '../support/orders';
import { addItem, rid, uid } from '../support/points';

let cloud: TestCloud;
/** One item with a 参考价值 (¥12.50) and one without: both are counted when collected, only one adds ¥. */
const items: string[] = [];
const RESIDENTS = ['demo-resident-1', 'demo-resident-2', 'demo-resident-3'];
beforeAll(async () => {
  cloud = await startTestCloud();
  items.push((await addItem(cloud, { cost: 3, stock: 10_000, valueFen: 1250 }))._id);
  items.push((await addItem(cloud, { cost: 2, stock: 10_000 }))._id);
});
afterAll(() => cloud.close());

type Command =
  | { type: 'file'; who: number; category: number }
  | { type: 'dispatch'; pick: number; reply: boolean }
  | { type: 'grab'; pick: number; taker: number }
  | { type: 'handBack'; pick: number }
  | { type: 'complete'; pick: number }
  | { type: 'rate'; pick: number; score: number }
  | { type: 'rectify'; pick: number }
  | { type: 'cancel'; pick: number }
  | { type: 'confirm'; pick: number; satisfied: boolean }
  | { type: 'wait'; pick: number; resume: boolean }
  | { type: 'award'; who: number; amount: number }
  | { type: 'redeem'; who: number; item: number }
  | { type: 'unredeem'; pick: number }
  | { type: 'collect'; pick: number };

const pick = fc.nat({ max: 99 });
const who = fc.nat({ max: RESIDENTS.length - 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('file' as const), who, category: fc.nat({ max: 4 }) }), weight: 4 },
  { arbitrary: fc.record({ type: fc.constant('dispatch' as const), pick, reply: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('grab' as const), pick, taker: fc.nat({ max: 1 }) }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('handBack' as const), pick }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('complete' as const), pick }), weight: 3 },
  {
    arbitrary: fc.record({ type: fc.constant('rate' as const), pick, score: fc.integer({ min: 1, max: 5 }) }),
    weight: 3,
  },
  { arbitrary: fc.record({ type: fc.constant('rectify' as const), pick }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('cancel' as const), pick }), weight: 1 },
  {
    arbitrary: fc.record({ type: fc.constant('confirm' as const), pick, satisfied: fc.boolean() }),
    weight: 2,
  },
  { arbitrary: fc.record({ type: fc.constant('wait' as const), pick, resume: fc.boolean() }), weight: 1 },
  {
    arbitrary: fc.record({ type: fc.constant('award' as const), who, amount: fc.integer({ min: 1, max: 30 }) }),
    weight: 2,
  },
  { arbitrary: fc.record({ type: fc.constant('redeem' as const), who, item: fc.nat({ max: 1 }) }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('unredeem' as const), pick }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('collect' as const), pick }), weight: 2 },
);

const orders: { _id: string; resident: string }[] = [];
const redemptions: { _id: string; owner: string; code: string }[] = [];
const TAKERS = ['demo-party-1', 'demo-grid-1'];

async function run(c: Command): Promise<void> {
  const o = orders.length ? orders[('pick' in c ? c.pick : 0) % orders.length] : null;
  const call = (openid: string, event: object) => cloud.call('orders', openid, { orderId: o?._id, ...event });
  if (c.type === 'file') {
    const res = await cloud.call('orders', RESIDENTS[c.who], {
      action: 'submit',
      requestId: newRequestId(),
      category: CATEGORIES[c.category],
      content: '随机诉求：请帮忙看看',
    });
    if (res.ok) orders.push({ _id: res.data.order._id, resident: RESIDENTS[c.who] });
  } else if (!o) return;
  else if (c.type === 'dispatch')
    await call(
      'demo-admin',
      c.reply ? { action: 'dispatch', kind: 'reply', reply: '已答复' } : { action: 'dispatch', kind: 'self' },
    );
  else if (c.type === 'grab') await call(TAKERS[c.taker], { action: 'grab' });
  else if (c.type === 'handBack') {
    for (const t of TAKERS) await call(t, { action: 'handBack', reason: '去不了' });
  } else if (c.type === 'complete') {
    for (const t of TAKERS) await call(t, { action: 'complete', note: '办好了' });
  } else if (c.type === 'rate') await call(o.resident, { action: 'rate', score: c.score });
  else if (c.type === 'rectify') await call('demo-admin', { action: 'rectify', reply: '已整改' });
  else if (c.type === 'cancel') await call(o.resident, { action: 'cancel' });
  else if (c.type === 'confirm')
    await call(o.resident, c.satisfied ? { action: 'confirm' } : { action: 'dispute', comment: '还是没修好' });
  else if (c.type === 'wait') {
    if (c.resume) await call(o.resident, { action: 'resume' });
    else for (const t of TAKERS) await call(t, { action: 'wait', reason: '家里没人' });
  } else if (c.type === 'award') {
    await cloud.call('points', 'demo-admin', {
      action: 'award',
      userId: uid(RESIDENTS[c.who]),
      amount: c.amount,
      area: c.amount % 2 ? 'volunteer' : 'environment',
      reason: '随机活动',
      requestId: rid(),
    });
  } else if (c.type === 'redeem') {
    const itemId = items[c.item];
    const res = await cloud.call('points', RESIDENTS[c.who], { action: 'redeem', itemId, requestId: rid() });
    if (res.ok) redemptions.push({ ...res.data.redemption, owner: RESIDENTS[c.who] });
  } else if (c.type === 'unredeem' && redemptions.length) {
    const r = redemptions[c.pick % redemptions.length];
    await cloud.call('points', r.owner, { action: 'cancel', redemptionId: r._id });
  } else if (c.type === 'collect' && redemptions.length) {
    // 核销 by the admin: a cancelled or already collected one is refused and counts nothing.
    const r = redemptions[c.pick % redemptions.length];
    await cloud.call('points', 'demo-admin', { action: 'verify', code: r.code });
  }
}
const runAll = (cmds: Command[]) => Promise.all(cmds.map(run));

type Raw = Record<string, any>;

/** The figures recounted from the raw orders and entries of c-demo (all made this month). */
function recount() {
  const raw = cloud.store.find('orders', { communityId: 'c-demo' }) as Raw[];
  const parsed = raw.map((o) => ({
    ...o,
    takeBy: new Date(o.takeBy),
    createdAt: new Date(o.createdAt),
    timeline: o.timeline.map((t: Raw) => ({ ...t, at: new Date(t.at) })),
  }));
  const byScope = new Map<string, Facts>();
  for (const o of parsed as any[])
    for (const s of orderScopes(o)) byScope.set(s, sumFacts([byScope.get(s) ?? {}, orderFacts(o)]));
  const served = new Set(raw.map((o) => o.residentId)).size;
  if (served) byScope.set('all', { ...byScope.get('all'), served });
  const entries = cloud.store.find('point_entries', { communityId: 'c-demo' }) as Raw[];
  for (const e of entries as any[])
    for (const s of entryScopes(e)) byScope.set(s, sumFacts([byScope.get(s) ?? {}, entryFacts(e)]));
  const collected = (cloud.store.find('redemptions', { communityId: 'c-demo' }) as Raw[]).filter(
    (r) => r.status === 'fulfilled',
  );
  for (const r of collected as any[])
    for (const s of entryScopes(r)) byScope.set(s, sumFacts([byScope.get(s) ?? {}, collectionFacts(r)]));
  const grids = ['g-demo-1', 'g-demo-2'];
  const places: Place[] = grids.map((g) => ({ key: g, label: '', facts: byScope.get(`grid:${g}`) ?? {} }));
  const viaDomain = figuresOf(byScope, places);
  const earned = entries
    .filter((e) => e.kind === 'earn' || e.kind === 'reversal')
    .reduce((s, e) => s + e.lifetimeDelta, 0);
  const spends = entries.filter((e) => e.kind === 'spend');
  const refunds = entries.filter((e) => e.kind === 'refund');
  return {
    viaDomain,
    byHand: {
      orders: raw.length,
      cancelled: raw.filter((o) => o.status === 'cancelled').length,
      served: new Set(raw.map((o) => o.residentId)).size,
      rated: raw.filter((o) => o.rating).length,
      satisfied: raw.filter((o) => o.rating?.score >= 4).length,
      rectified: raw.filter((o) => o.rating && o.rating.score <= 2).length,
      rectifyConfirmed: raw.filter((o) => o.closedAs === 'rectify_confirmed').length,
      byCategory: CATEGORIES.map((c) => raw.filter((o) => o.category === c).length),
      byGrid: grids.map((g) => raw.filter((o) => o.gridId === g).length),
      earned,
      spent: spends.reduce((s, e) => s - e.amount, 0) - refunds.reduce((s, e) => s + e.amount, 0),
      redeemed: spends.length - refunds.length,
      collected: collected.length,
      // ¥ by hand: the item with a 参考价值 is ¥12.50, the other adds nothing.
      valueFen: collected.filter((r) => r.itemId === items[0]).length * 1250,
    },
  };
}

async function dashboardMatchesRecount(): Promise<void> {
  const { viaDomain, byHand } = recount();
  for (const period of ['month', 'quarter', 'year'] as const) {
    const d = data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period }));
    const f = d.current;
    expect(f).toEqual({
      ...viaDomain,
      byPlace: f.byPlace.map((p: Raw, i: number) => ({ ...viaDomain.byPlace[i], label: p.label })),
    });
    expect(f.orders).toBe(byHand.orders);
    expect(f.cancelled).toBe(byHand.cancelled);
    expect(f.served).toBe(byHand.served);
    expect(f.rates.satisfaction.numerator).toBe(byHand.satisfied);
    expect(f.rates.satisfaction.denominator).toBe(byHand.rated);
    expect(f.rectified).toBe(byHand.rectified);
    expect(f.rectifyConfirmed).toBe(byHand.rectifyConfirmed);
    expect(f.byCategory.map((c: Raw) => c.count)).toEqual(byHand.byCategory);
    expect(f.byPlace.map((p: Raw) => p.count)).toEqual(byHand.byGrid);
    expect(f.points).toMatchObject({
      earned: byHand.earned,
      spent: byHand.spent,
      redeemed: byHand.redeemed,
      collected: byHand.collected,
      valueFen: byHand.valueFen,
    });
  }
}

describe('数据看板 = a recount of the raw documents, after random activity', () => {
  afterAll(() => {
    // the walk above reached a 整改 the resident confirmed: that figure was compared, not only zeros
    expect(cloud.store.find('orders', { closedAs: 'rectify_confirmed' }).length).toBeGreaterThan(0);
    // and a redemption of the priced item was handed over, so the ¥ figure was compared above zero
    expect(cloud.store.find('redemptions', { status: 'fulfilled', itemId: items[0] }).length).toBeGreaterThan(0);
  });
  it('holds after every batch of concurrent commands', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(command, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }),
        async (batches) => {
          for (const batch of batches) {
            await runAll(batch);
            await dashboardMatchesRecount();
          }
          // All orders changed within the last minute: the timer reports drift without repairing, so none may show.
          const report = data(await cloud.call('stats-timer', null, { action: 'run' })).report;
          expect(report.drifts).toEqual([]);
        },
      ),
      {
        numRuns: 8,
        // One walk through every step first (each its own batch, so in order), then random ones.
        examples: [
          [
            [
              [{ type: 'file', who: 0, category: 1 }],
              [{ type: 'dispatch', pick: 99, reply: false }],
              [{ type: 'grab', pick: 99, taker: 0 }],
              [{ type: 'wait', pick: 99, resume: false }],
              [{ type: 'wait', pick: 99, resume: true }],
              [{ type: 'complete', pick: 99 }],
              [{ type: 'rate', pick: 99, score: 1 }],
              [{ type: 'rectify', pick: 99 }],
              [{ type: 'confirm', pick: 99, satisfied: true }],
              [{ type: 'award', who: 0, amount: 20 }],
              [{ type: 'redeem', who: 0, item: 0 }],
              [{ type: 'collect', pick: 0 }],
            ],
          ],
        ],
      },
    );
  });
});
