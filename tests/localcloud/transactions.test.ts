/**
 * Transactions through the pinned SDK, run by the fixture function tx-lab. The SDK behaviour
 * pinned here (what runTransaction retries) is explained in localcloud/transactions.ts.
 */
import { startFixtureCloud, type FixtureCloud } from './support';

let fx: FixtureCloud;

beforeAll(async () => {
  // Six racers must run at once, each on its own instance: more than the default per function.
  fx = await startFixtureCloud({ maxInstances: 8 });
});

afterAll(() => fx.stop());

const accounts = () =>
  fx.collectionWith([
    { _id: 'a', balance: 100, owner: 'x' },
    { _id: 'b', balance: 50, owner: 'y' },
  ]);

async function scenario(name: string, event: Record<string, unknown> = {}, openid = 'tx-user') {
  const reply = await fx.call('tx-lab', { scenario: name, ...event }, openid);
  expect(reply.status).toBe(200);
  return reply.body;
}

const balance = (coll: string, id: string) => fx.cloud.store.find(coll, { _id: id })[0]?.balance;

describe('transactions', () => {
  test('read a snapshot: changes committed by others after the start are not seen', async () => {
    const result = await scenario('snapshot', { coll: accounts() });
    expect(result).toEqual({ a1: 100, a2: 100, b2: 50, outsideA: 999, outsideB: 777 });
  });

  test('commit applies every write at once; before it, only the transaction sees them', async () => {
    const coll = accounts();
    const result = await scenario('commit', { coll });
    expect(result).toEqual({
      ownView: 90,
      outsideBefore: 100,
      entryBefore: 0,
      addedId: 'entry-1',
      ran: 'callback value',
      a: 90,
      b: 61,
      entryAfter: 1,
    });
  });

  test('transaction.rollback(reason) inside runTransaction undoes the writes and rejects with the reason', async () => {
    const result = await scenario('rollbackInRun', { coll: accounts() });
    expect(result).toEqual({ rejectedWith: -100, a: 100 });
  });

  test('startTransaction + rollback leaves no trace of updates, adds or removes', async () => {
    expect(await scenario('rollbackStarted', { coll: accounts() })).toEqual({ a: 100, b: 50, ghost: 0 });
  });

  test("a second transaction's write to a document locked by an open transaction fails at once", async () => {
    const coll = accounts();
    const result = await scenario('lockedWrite', { coll });
    expect(result.second).toMatchObject({ isError: true, errCode: -501001 });
    expect(result.second.message).toMatch(/WriteConflict/);
    expect(result.failedAfterMs).toBeLessThan(1000);
    expect(result.a).toBe(101);
  });

  test('two transactions writing one document at once: exactly one commits', async () => {
    await fx.warm(6);
    for (let round = 0; round < 3; round++) {
      const coll = accounts();
      const writeAt = Date.now() + 500;
      const replies = await Promise.all(
        Array.from({ length: 6 }, (_, i) => scenario('racingIncrement', { coll, writeAt }, `racer-${i}`)),
      );
      const committed = replies.filter((r) => r.committed);
      expect(committed).toHaveLength(1);
      for (const loser of replies.filter((r) => !r.committed)) {
        expect(loser.error).toMatchObject({ isError: true, errCode: -501001 });
      }
      expect(balance(coll, 'a')).toBe(101);
    }
  });

  describe('runTransaction retries as wx-server-sdk 4.0.2 really does', () => {
    afterEach(() => fx.cloud.injectCommitConflicts(0));

    test('a conflict reported at commit is retried: the callback runs again and the result comes back', async () => {
      const coll = accounts();
      fx.cloud.injectCommitConflicts(1);
      expect(await scenario('retryAtCommit', { coll })).toEqual({ runs: 2, value: 'done', a: 101 });
    });

    test('after 4 runs (default times = 3) it gives up with the raw conflict, nothing applied', async () => {
      const coll = accounts();
      fx.cloud.injectCommitConflicts(4);
      const result = await scenario('retryAtCommit', { coll });
      expect(result.runs).toBe(4);
      expect(result.error).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
      expect(result.error.errCode).toBeUndefined();
      expect(result.a).toBe(100);
    });

    test('a conflict reported at a write is not retried: a plain error with errCode -501001', async () => {
      const result = await scenario('conflictAtWrite', { coll: accounts() });
      expect(result.runs).toBe(1);
      expect(result.error).toMatchObject({ isError: true, errCode: -501001 });
      expect(result.error.code).toBeUndefined();
      expect(result.a).toBe(100);
    });
  });

  test('a where batch inside a transaction is refused; outside one it works again', async () => {
    const result = await scenario('whereInTransaction', { coll: accounts() });
    for (const op of ['update', 'remove', 'get']) {
      expect(result.outcomes[op]).toMatchObject({ isError: true, errCode: -501007 });
      expect(result.outcomes[op].message).toMatch(/事务中只能进行单记录操作/);
    }
    expect(result.outsideAfterwards).toBe(1);
    expect(result.a).toBe(100);
  });

  test('a write outside any transaction waits for the lock and then applies on top of the commit', async () => {
    const coll = accounts();
    await fx.warm(2);
    const [held, outside] = await Promise.all([
      scenario('holdLock', { coll, holdMs: 400 }),
      (async () => {
        await new Promise((r) => setTimeout(r, 150));
        const started = Date.now();
        const reply = await scenario('plainIncrement', { coll });
        return { ...reply, waitedMs: Date.now() - started };
      })(),
    ]);
    expect(held).toEqual({ committed: true });
    expect(outside.updated).toBe(1);
    expect(outside.waitedMs).toBeGreaterThan(100);
    expect(balance(coll, 'a')).toBe(100 + 1 + 1000);
  });

  test('a transaction an invocation leaves open is aborted when the invocation ends', async () => {
    const coll = accounts();
    expect(await scenario('forgetToCommit', { coll })).toEqual({ returned: true });
    expect(balance(coll, 'a')).toBe(100);
    expect(fx.logs.some((l) => l.includes('left open'))).toBe(true);
    // and its lock is gone: a plain write goes through at once
    expect((await scenario('plainIncrement', { coll })).updated).toBe(1);
  });
});
