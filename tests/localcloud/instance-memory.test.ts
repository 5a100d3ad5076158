/**
 * Each function instance's heap is bounded (localcloud/instance.ts): a runaway call ends its own
 * instance, its caller gets an error, and the next calls are served by a fresh instance. Without
 * the limit the call would grow the whole process until the machine ran out of memory.
 */
import { readFileSync } from 'node:fs';
import { startFixtureCloud } from './support';

/** This process's peak resident memory (the fixture cloud and its instances run in it). */
const peakMb = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024;

test('a call that outgrows its instance heap fails alone; the cloud keeps serving', async () => {
  const fx = await startFixtureCloud({ warmInstances: 1, instanceHeapMb: 48 });
  try {
    const startedBefore = fx.cloud.functionStats().instancesStarted;
    const peakBefore = peakMb();
    const runaway = await fx.call('hog', {}, 'greedy');
    // bounded by the instance's limit (48 MB of old generation), not by the machine (V8's own
    // default would let it reach gigabytes before failing)
    expect(peakMb() - peakBefore).toBeLessThan(400);
    expect(fx.logs.join('\n')).toContain('ERR_WORKER_OUT_OF_MEMORY');
    expect(runaway.status).toBe(500);
    expect(runaway.body.ok).toBe(false);
    const after = await fx.call('whoami', {}, 'next-caller');
    expect(after.status).toBe(200);
    expect(after.body.after).toBe('next-caller');
    // the runaway's instance is gone and another took its place
    expect(fx.cloud.functionStats().instancesStarted).toBeGreaterThan(startedBefore);
  } finally {
    await fx.stop();
  }
}, 60_000);
