import { startFixtureCloud, type FixtureCloud } from './support';

let fx: FixtureCloud;

beforeAll(async () => {
  fx = await startFixtureCloud();
  // 20 warm instances, so the 20 calls of each round below really run at once.
  await fx.warm(20);
});

afterAll(() => fx.stop());

const CALLERS = Array.from({ length: 20 }, (_, i) => `caller-${i}`);

async function claimRound(mode: 'naive' | 'conditional'): Promise<{ winners: string[]; takenBy: unknown }> {
  const taskId = `task-${mode}-${Math.random().toString(16).slice(2)}`;
  fx.cloud.store.insertMany('tasks', [{ _id: taskId, status: 'open' }]);
  const replies = await Promise.all(CALLERS.map((openid) => fx.call('claim', { mode, taskId }, openid)));
  for (const r of replies) expect(r.status).toBe(200);
  const winners = CALLERS.filter((_, i) => replies[i].body.won === true);
  return { winners, takenBy: fx.cloud.store.find('tasks', { _id: taskId })[0].takenBy };
}

describe('function instances run concurrently, like the cloud', () => {
  test('each of 20 concurrent invocations sees its own OPENID before and after a database round trip', async () => {
    const replies = await Promise.all(
      CALLERS.map((openid, i) => fx.call('whoami', { hold: 50 + ((i * 7) % 40) }, openid)),
    );
    replies.forEach((r, i) => {
      expect(r.status).toBe(200);
      expect(r.body.before).toBe(CALLERS[i]);
      expect(r.body.after).toBe(CALLERS[i]);
    });
    // They overlapped: more than one instance served them.
    expect(new Set(replies.map((r) => r.body.instance)).size).toBeGreaterThan(1);
  });

  test('a naive read-then-write claim lets more than one caller win (the race is reproducible)', async () => {
    const winnersPerRound: number[] = [];
    for (let round = 0; round < 5; round++) {
      const { winners } = await claimRound('naive');
      winnersPerRound.push(winners.length);
      if (winners.length > 1) break;
    }
    expect(Math.max(...winnersPerRound)).toBeGreaterThan(1);
  });

  test('a conditional update claim lets exactly one of 20 concurrent callers win, every round', async () => {
    for (let round = 0; round < 5; round++) {
      const { winners, takenBy } = await claimRound('conditional');
      expect(winners).toHaveLength(1);
      expect(takenBy).toBe(winners[0]);
    }
  });

  test('the pool never runs more instances than maxInstances; extra calls wait their turn', async () => {
    const small = await startFixtureCloud({ maxInstances: 3 });
    try {
      const replies = await Promise.all(
        Array.from({ length: 9 }, (_, i) => small.call('whoami', { hold: 100 }, `queued-${i}`)),
      );
      replies.forEach((r, i) => expect(r.body.after).toBe(`queued-${i}`));
      const instances = new Set(replies.map((r) => r.body.instance));
      expect(instances.size).toBeLessThanOrEqual(3);
      expect(instances.size).toBeGreaterThan(1);
    } finally {
      await small.stop();
    }
  });
});
