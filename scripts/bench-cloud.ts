/**
 * Starts the local cloud for the size bench in its own process (bench-cloud-child.ts) and asks it
 * for its instance figures and memory over IPC.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';

interface Ready {
  type: 'ready';
  url: string;
  startMs: number;
}
export interface ChildStats {
  instances: number;
  ready: number;
  instancesStarted: number;
  coldCalls: number;
  warmCalls: number;
}
export interface ChildMemory {
  rss: number;
  peak: number;
}

export interface ForkedCloud {
  url: string;
  /** from the child's first line of code to the cloud answering (store open + warm instances) */
  startMs: number;
  /** from fork to ready: the node and tsx start-up a person waits through too */
  wallMs: number;
  stats(): Promise<ChildStats>;
  memory(): Promise<ChildMemory>;
  close(): Promise<void>;
}

export async function forkCloud(dataDir: string, functionsDir: string): Promise<ForkedCloud> {
  const t0 = process.hrtime.bigint();
  const child = fork(join(__dirname, 'bench-cloud-child.ts'), [dataDir, functionsDir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type: string }) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as T);
      };
      const onExit = (code: number | null) => reject(new Error(`bench cloud exited (${code}) waiting for ${type}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = await next<Ready>('ready');
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const ask = <T>(type: string) => {
    const answer = next<T>(type);
    child.send({ type });
    return answer;
  };
  return {
    url: ready.url,
    startMs: ready.startMs,
    wallMs,
    stats: () => ask<ChildStats>('stats'),
    memory: () => ask<ChildMemory>('memory'),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      }),
  };
}
