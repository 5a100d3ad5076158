/**
 * Property: whatever mix of award, redeem, cancel, verify, expire, reverse and reconcile runs at
 * once (batches fired with Promise.all on the local cloud: real instances, real transactions and
 * write conflicts), every answer is a success or a real refusal — never INTERNAL — and after every
 * batch every invariant holds, read straight from the store: balance ≥ 0, balance = Σ entries,
 * lifetime = Σ lifetime deltas, stock ≥ 0 and stock + units held = stock given, each redemption's
 * entries match its status, each quota counter matches, and points-timer reports no breach.
 */
import fc from 'fast-check';
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { addItem, backdate, ledgerBreaches, rid, uid } from '../support/points';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const PEOPLE = ['demo-resident-1', 'demo-resident-2', 'demo-party-1', 'demo-grid-2'];
const person = fc.constantFrom(...PEOPLE);
const pick = fc.nat({ max: 50 });

type Command =
  | { type: 'award'; who: string; amount: number }
  | { type: 'redeem'; who: string; item: number; requestTwice: boolean }
  | { type: 'cancel'; pick: number; byOwner: boolean }
  | { type: 'verify'; pick: number }
  | { type: 'expire'; pick: number }
  | { type: 'reverse'; pick: number }
  | { type: 'reconcile' };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({ type: fc.constant('award' as const), who: person, amount: fc.integer({ min: 1, max: 12 }) }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      type: fc.constant('redeem' as const),
      who: person,
      item: fc.nat({ max: 2 }),
      requestTwice: fc.boolean(),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ type: fc.constant('cancel' as const), pick, byOwner: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('verify' as const), pick }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('expire' as const), pick }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('reverse' as const), pick }), weight: 2 },
  { arbitrary: fc.constant({ type: 'reconcile' as const }), weight: 1 },
);

/** What a run has made so far, for later commands to pick from. */
interface Known {
  items: string[];
  redemptions: { _id: string; code: string; owner: string }[];
  awards: string[];
}

const REFUSALS = ['RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'PERMISSION_DENIED'];

async function run(cmd: Command, known: Known): Promise<{ ok: boolean; error?: { code: string }; data?: any }[]> {
  const at = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  switch (cmd.type) {
    case 'award': {
      const res = await cloud.call('points', 'demo-admin', {
        action: 'award',
        userId: uid(cmd.who),
        amount: cmd.amount,
        area: 'virtue',
        reason: '好人好事',
        requestId: rid(),
      });
      if (res.ok) known.awards.push(res.data.entry._id);
      return [res];
    }
    case 'redeem': {
      const event = { action: 'redeem', itemId: known.items[cmd.item], requestId: rid() };
      const calls = cmd.requestTwice ? [event, event] : [event];
      const results = await Promise.all(calls.map((e) => cloud.call('points', cmd.who, e)));
      for (const r of results)
        if (r.ok && !known.redemptions.some((k) => k._id === r.data.redemption._id))
          known.redemptions.push({ ...r.data.redemption, owner: cmd.who });
      return results;
    }
    case 'cancel': {
      const r = at(known.redemptions, cmd.pick);
      if (!r) return [];
      const caller = cmd.byOwner ? r.owner : PEOPLE.find((p) => p !== r.owner)!;
      return [await cloud.call('points', caller, { action: 'cancel', redemptionId: r._id })];
    }
    case 'verify': {
      const r = at(known.redemptions, cmd.pick);
      return r ? [await cloud.call('points', 'demo-admin', { action: 'verify', code: r.code })] : [];
    }
    case 'expire': {
      const res = await cloud.call('points-timer', null, { action: 'run' });
      if (res.ok) expect(res.data.report.breaches).toEqual([]);
      return [res];
    }
    case 'reverse': {
      const entryId = at(known.awards, cmd.pick);
      return entryId
        ? [await cloud.call('points', 'demo-admin', { action: 'reverse', entryId, reason: '核查后冲正' })]
        : [];
    }
    case 'reconcile': {
      const res = await cloud.call('points-timer', null, {});
      if (res.ok) expect(res.data.report.breaches).toEqual([]);
      return [res];
    }
  }
}

describe('random interleavings of points commands', () => {
  it('keep every invariant after every concurrent batch', async () => {
    const initialStock: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(command, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (batches) => {
          const known: Known = { items: [], redemptions: [], awards: [] };
          // Something to spend from the start, given concurrently (different accounts, one admin).
          await Promise.all(PEOPLE.map((who) => run({ type: 'award', who, amount: 8 }, known)));
          for (const [cost, stock, limitPerPerson] of [
            [3, 2, undefined],
            [5, 4, 1],
            [2, 6, undefined],
          ] as const) {
            const item = await addItem(cloud, { cost, stock, ...(limitPerPerson ? { limitPerPerson } : {}) });
            known.items.push(item._id);
            initialStock[item._id] = stock;
          }
          for (const batch of batches) {
            // "expire": time passes for the picked redemption before the batch starts.
            for (const cmd of batch) {
              const r =
                cmd.type === 'expire' && known.redemptions.length
                  ? known.redemptions[cmd.pick % known.redemptions.length]
                  : undefined;
              if (r && cloud.store.find('redemptions', { _id: r._id, status: 'pending' }).length)
                backdate(cloud, r._id);
            }
            const results = (await Promise.all(batch.map((cmd) => run(cmd, known)))).flat();
            for (const r of results) if (!r.ok) expect(REFUSALS).toContain(r.error?.code);
            expect(ledgerBreaches(cloud, initialStock)).toEqual([]);
          }
        },
      ),
      { numRuns: 15 },
    );
    // The whole history, reconciled by the function itself.
    expect(data(await cloud.call('points-timer', null, {})).report.breaches).toEqual([]);
    // 15 runs of concurrent batches: on a shared, loaded machine this outlasts jest's default minute.
  }, 180_000);
});
