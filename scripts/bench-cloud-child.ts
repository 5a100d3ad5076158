/**
 * The local cloud the size bench measures, in a process of its own (forked by bench.ts), so that
 * its resident memory is the cloud's alone: the bench's own heap (seeding results, latencies, the
 * fetch client) is not in the figure. It is what `npm start` runs, minus the H5 files.
 *
 *   IPC in:  { type: 'stats' } | { type: 'memory' } | { type: 'close' }
 *   IPC out: { type: 'ready', url, startMs } once it answers; { type: 'stats', … }; { type: 'memory', … }
 */
import { readFileSync } from 'node:fs';
import { startLocalCloud } from '../localcloud';
import { COLLECTIONS } from '../types/collections';

/** RSS now and its peak (VmHWM), from the kernel: every thread's memory, instances included. */
function memory(): { rss: number; peak: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS') || process.memoryUsage().rss, peak: kb('VmHWM') };
}

async function main(): Promise<void> {
  const [dataDir, functionsDir] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir,
    collections: [...COLLECTIONS],
    log: () => undefined,
  });
  const startMs = Number(process.hrtime.bigint() - started) / 1e6;
  const send = (message: object) => process.send?.(message);
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') send({ type: 'stats', ...cloud.functionStats() });
    if (message.type === 'memory') send({ type: 'memory', ...memory() });
    if (message.type === 'close') void cloud.close().then(() => process.exit(0));
  });
  send({ type: 'ready', url: cloud.url, startMs });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
