/**
 * Function instances are warm before the first request, and one slow call never holds up others.
 * No timings are asserted (the machine is shared): the tests look at what was loaded when, and at
 * the order in which calls finish.
 */
import { startFixtureCloud, type FixtureCloud } from './support';

let fx: FixtureCloud;

beforeAll(async () => {
  fx = await startFixtureCloud({ warmInstances: 2 });
});

afterAll(() => fx.stop());

/** Resolves with the call's reply; `settled()` tells whether it has answered yet. */
function pending<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let done = false;
  const tracked = promise.finally(() => {
    done = true;
  });
  return { promise: tracked, settled: () => done };
}

describe('warm instances', () => {
  test('start-up loads every function in the warm instances: the first calls load nothing', async () => {
    const before = fx.cloud.functionStats();
    expect(before).toMatchObject({ instances: 2, instancesStarted: 2, coldCalls: 0, warmCalls: 0 });
    // The first call of several functions, including one whose module is slow to load.
    const statuses: number[] = [];
    for (const name of ['whoami', 'slow-start', 'boom'])
      statuses.push((await fx.call(name, {}, 'first-caller')).status);
    expect(statuses).toEqual([200, 200, 500]);
    const after = fx.cloud.functionStats();
    expect(after.coldCalls).toBe(0);
    expect(after.warmCalls).toBe(3);
    expect(after.instancesStarted).toBe(2);
  });

  test('a long job (config timeout over 20 s, like the 台账 export) is not preloaded: it loads on its first call', async () => {
    const fresh = await startFixtureCloud({ warmInstances: 1 });
    try {
      expect((await fresh.call('whoami', {}, 'someone')).status).toBe(200);
      expect(fresh.cloud.functionStats().coldCalls).toBe(0);
      expect((await fresh.call('report', {}, 'admin')).body).toEqual({ done: true, rows: false });
      expect(fresh.cloud.functionStats().coldCalls).toBe(1);
    } finally {
      await fresh.stop();
    }
  });

  test('a cold pool (warmInstances 0) starts its first instance only when called', async () => {
    const cold = await startFixtureCloud({ warmInstances: 0 });
    try {
      expect(cold.cloud.functionStats()).toMatchObject({ instances: 0, instancesStarted: 0 });
      expect((await cold.call('whoami', {}, 'someone')).body.after).toBe('someone');
      expect(cold.cloud.functionStats().instancesStarted).toBeGreaterThanOrEqual(1);
    } finally {
      await cold.stop();
    }
  });

  test('a burst of first calls is served by the warm instances as they free up', async () => {
    const before = fx.cloud.functionStats();
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => fx.call('whoami', {}, `burst-${i}`)));
    replies.forEach((r, i) => expect(r.body.after).toBe(`burst-${i}`));
    const after = fx.cloud.functionStats();
    expect(after.coldCalls).toBe(before.coldCalls);
    expect(after.warmCalls - before.warmCalls).toBe(10);
  });
});

describe('no head-of-line blocking', () => {
  test('quick calls of another function finish while a slow report is still running', async () => {
    const report = pending(fx.call('report', { busyMs: 2000, waitMs: 6000 }, 'admin'));
    for (const who of ['resident-1', 'resident-2', 'resident-3']) {
      expect((await fx.call('whoami', {}, who)).body.after).toBe(who);
    }
    expect(report.settled()).toBe(false);
    expect((await report.promise).body).toEqual({ done: true, rows: true });
  });

  test('a quick call of the same function finishes while a slow call of it is still running', async () => {
    const slow = pending(fx.call('report', { waitMs: 3000 }, 'admin'));
    const quick = await fx.call('report', {}, 'admin-2');
    expect(quick.body).toEqual({ done: true, rows: false });
    expect(slow.settled()).toBe(false);
    await slow.promise;
  });

  test('a function at its instance limit queues its own calls; another function still runs at once', async () => {
    const small = await startFixtureCloud({ maxInstances: 3, warmInstances: 1 });
    try {
      const slow = Array.from({ length: 5 }, () => pending(small.call('report', { waitMs: 10_000 }, 'admin')));
      // Give the slow calls time to take their instances first.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const quick = await small.call('whoami', {}, 'resident');
      expect(quick.body.after).toBe('resident');
      expect(slow.filter((s) => s.settled())).toHaveLength(0);
      const replies = await Promise.all(slow.map((s) => s.promise));
      replies.forEach((r) => expect(r.body).toEqual({ done: true, rows: false }));
      expect(small.cloud.functionStats().instances).toBeLessThanOrEqual(6);
    } finally {
      await small.stop();
    }
  });
});
