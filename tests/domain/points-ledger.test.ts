/**
 * The ledger's rules, pure: random sequences of earnings, spends, refunds and reversals posted
 * through `post`; after every step the account equals the totals of its entries, the balance is
 * never below zero and never above lifetime, and a refused step changes nothing.
 */
import fc from 'fast-check';
import {
  breachesOf,
  EMPTY_ACCOUNT,
  lifetimeDeltaOf,
  post,
  reversalOf,
  totalsOf,
  wellFormed,
  type AccountFigures,
  type EarningFacts,
} from '../../domain/points/ledger';

type Step =
  | { op: 'earn'; amount: number }
  | { op: 'spend'; amount: number }
  | { op: 'refund'; pick: number }
  | { op: 'reverse'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('earn' as const), amount: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ op: fc.constant('spend' as const), amount: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ op: fc.constant('refund' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
);

/** Applies steps as the functions do: a refund returns an unrefunded spend, a reversal an unreversed earning. */
function replay(steps: Step[], check: (account: AccountFigures, entries: EarningFacts[]) => void) {
  let account: AccountFigures = EMPTY_ACCOUNT;
  const entries: EarningFacts[] = [];
  const refunded = new Set<string>();
  const reversed = new Set<string>();
  steps.forEach((s, i) => {
    let entry: EarningFacts | undefined;
    if (s.op === 'earn')
      entry = { _id: `e${i}`, kind: 'earn', amount: s.amount, lifetimeDelta: s.amount, area: 'other' };
    if (s.op === 'spend') entry = { _id: `s${i}`, kind: 'spend', amount: -s.amount, lifetimeDelta: 0 };
    if (s.op === 'refund') {
      const open = entries.filter((e) => e.kind === 'spend' && !refunded.has(e._id));
      const spend = open[s.pick % Math.max(1, open.length)];
      if (spend) entry = { _id: `refund:${spend._id}`, kind: 'refund', amount: -spend.amount, lifetimeDelta: 0 };
    }
    if (s.op === 'reverse') {
      const open = entries.filter((e) => e.kind === 'earn' && !reversed.has(e._id));
      const original = open[s.pick % Math.max(1, open.length)];
      const figures = original && reversalOf(original);
      if (figures && figures.ok) entry = { _id: `reverse:${original._id}`, ...figures.value };
    }
    if (!entry) return;
    const next = post(account, entry);
    if (next.ok) {
      account = next.value;
      entries.push(entry);
      if (entry.kind === 'refund') refunded.add(entry._id.slice('refund:'.length));
      if (entry.kind === 'reversal') reversed.add(entry._id.slice('reverse:'.length));
    } else {
      expect(next.code).toBe('RESOURCE_EXHAUSTED');
      expect(account.balance + entry.amount).toBeLessThan(0);
    }
    check(account, entries);
  });
  return { account, entries };
}

describe('posting to the ledger', () => {
  it('keeps balance = Σ amount ≥ 0, lifetime = Σ lifetime deltas, balance ≤ lifetime, after every step', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        replay(steps, (account, entries) => {
          expect(breachesOf(account, totalsOf(entries))).toEqual([]);
          expect(entries.every(wellFormed)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('spending never lowers lifetime (兑换后不清零); only a reversal does', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let lastLifetime = 0;
        replay(steps, (account, entries) => {
          const last = entries[entries.length - 1];
          if (account.lifetime < lastLifetime) expect(last?.kind).toBe('reversal');
          lastLifetime = account.lifetime;
        });
      }),
    );
  });

  it('refuses a spend beyond the balance and a reversal of spent points, with RESOURCE_EXHAUSTED', () => {
    expect(
      post({ balance: 5, lifetime: 5, entryCount: 1 }, { kind: 'spend', amount: -6, lifetimeDelta: 0 }),
    ).toMatchObject({ ok: false, code: 'RESOURCE_EXHAUSTED' });
    expect(post({ balance: 5, lifetime: 5, entryCount: 1 }, { kind: 'spend', amount: -5, lifetimeDelta: 0 })).toEqual({
      ok: true,
      value: { balance: 0, lifetime: 5, entryCount: 2 },
    });
    const refused = post(
      { balance: 2, lifetime: 10, entryCount: 2 },
      { kind: 'reversal', amount: -10, lifetimeDelta: -10 },
    );
    expect(refused).toMatchObject({ ok: false, code: 'RESOURCE_EXHAUSTED', message: expect.stringContaining('冲正') });
  });

  it('only earnings can be reversed, in full, keeping their area', () => {
    expect(reversalOf({ _id: 'e', kind: 'earn', amount: 7, lifetimeDelta: 7, area: 'safety' })).toEqual({
      ok: true,
      value: { kind: 'reversal', amount: -7, lifetimeDelta: -7, area: 'safety', reverses: 'e' },
    });
    for (const kind of ['spend', 'refund', 'reversal'] as const) {
      expect(reversalOf({ _id: 'x', kind, amount: -1, lifetimeDelta: 0 })).toMatchObject({
        ok: false,
        code: 'FAILED_PRECONDITION',
      });
    }
  });

  it('knows the sign and lifetime effect of each kind', () => {
    expect(lifetimeDeltaOf('earn', 5)).toBe(5);
    expect(lifetimeDeltaOf('reversal', -5)).toBe(-5);
    expect(lifetimeDeltaOf('spend', -5)).toBe(0);
    expect(lifetimeDeltaOf('refund', 5)).toBe(0);
    expect(wellFormed({ kind: 'earn', amount: -1, lifetimeDelta: -1 })).toBe(false);
    expect(wellFormed({ kind: 'spend', amount: 3, lifetimeDelta: 0 })).toBe(false);
    expect(wellFormed({ kind: 'refund', amount: 3, lifetimeDelta: 3 })).toBe(false);
    expect(wellFormed({ kind: 'earn', amount: 0, lifetimeDelta: 0 })).toBe(false);
    expect(wellFormed({ kind: 'earn', amount: 1.5, lifetimeDelta: 1.5 })).toBe(false);
    expect(post(null, { kind: 'spend', amount: 3, lifetimeDelta: 0 })).toMatchObject({
      ok: false,
      code: 'FAILED_PRECONDITION',
    });
  });
});

describe('reconciliation', () => {
  it('finds any tampering with an account’s figures', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 30 }),
        fc.constantFrom('balance', 'lifetime', 'entryCount'),
        fc.integer({ min: -20, max: 20 }).filter((d) => d !== 0),
        (steps, field, delta) => {
          const { account, entries } = replay(steps, () => undefined);
          const tampered = { ...account, [field]: account[field as keyof AccountFigures] + delta };
          expect(breachesOf(tampered, totalsOf(entries)).length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('names each breach', () => {
    const kinds = breachesOf(
      { balance: -1, lifetime: -3, entryCount: 0 },
      { balance: 0, lifetime: 0, entryCount: 1 },
      2,
    ).map((b) => b.kind);
    expect(kinds).toEqual([
      'negative_balance',
      'balance_mismatch',
      'lifetime_mismatch',
      'count_mismatch',
      'balance_above_lifetime',
      'malformed_entry',
    ]);
  });
});
