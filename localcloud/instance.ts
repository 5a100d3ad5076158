/**
 * One function instance: a worker thread (worker.cjs) that runs one invocation at a time and keeps
 * the functions it has loaded (a warm instance). This file only speaks the worker's protocol; the
 * pool that decides which instance runs what is function-runner.ts.
 *
 *   → { type: 'preload', files }     load these functions now, between invocations
 *   ← { type: 'loaded', file }       one more function is loaded (by preload or by a call)
 *   ← { type: 'preloaded' }          the preload list is done
 *   → { type: 'invoke', id, … }      run a function
 *   ← { type: 'started', id }        its module is loaded; its own time limit starts
 *   ← { type: 'done', id, cold, … }  its outcome; `cold`: the call had to load the module itself
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { instanceEnv } from './function-env';

/**
 * Each instance's V8 heap is bounded, so the local cloud's memory is too:
 * - a young generation of 8 MB, not V8's default of up to 48: a call's garbage is small and
 *   short-lived, and each instance otherwise keeps ~20 MB of nursery pages resident;
 * - an old generation of at most 256 MB: a runaway call ends its own instance (the runner answers
 *   that call with an error and starts a fresh instance) instead of growing the whole process.
 */
const YOUNG_GENERATION_MB = 8;
export const DEFAULT_INSTANCE_HEAP_MB = 256;

export type InvokeOutcome = { ok: true; json: string } | { ok: false; errorCode: string };

export interface Current {
  id: string;
  name: string;
  started: () => void;
  finish: (o: InvokeOutcome, cold?: boolean) => void;
}

export interface Instance {
  worker: Worker;
  busy: boolean;
  /** entry files this instance has loaded: a call to one of them starts at once */
  loaded: Set<string>;
  /** resolves when the instance's preload list is loaded (or it has died) */
  preloaded: Promise<void>;
  /** preloaded: calls go only to ready instances, so none waits behind a load it did not need */
  ready: boolean;
  /** the function whose caller it was started for (a spare or a waiting call), if any */
  startedFor?: string;
  current?: Current;
  idleTimer?: NodeJS.Timeout;
}

interface Message {
  type?: string;
  id?: string;
  file?: string;
  cold?: boolean;
  ok?: boolean;
  json?: string;
  errorCode?: string;
}

/**
 * Starts a worker that loads `preload` at once. `onGone` runs when the worker errs or exits.
 * Output lines are forwarded to `log`, prefixed with the function running at the time.
 */
export function spawnInstance(
  preload: string[],
  log: (line: string) => void,
  onGone: (instance: Instance, errorCode: string) => void,
  heapMb = DEFAULT_INSTANCE_HEAP_MB,
): Instance {
  const worker = new Worker(path.join(__dirname, 'worker.cjs'), {
    env: { ...process.env, ...instanceEnv() },
    // Plain node: functions are built JavaScript, and inheriting the CLI's `--import tsx`
    // loader would make every instance's cold start several times slower.
    execArgv: [],
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb },
    stdout: true,
    stderr: true,
  });
  let preloadDone = () => undefined as void;
  const instance: Instance = {
    worker,
    busy: false,
    loaded: new Set(),
    ready: false,
    preloaded: new Promise<void>((resolve) => (preloadDone = resolve)),
  };
  void instance.preloaded.then(() => (instance.ready = true));
  const forward = (chunk: Buffer): void => {
    const prefix = instance.current ? `[${instance.current.name}] ` : '[localcloud instance] ';
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log(prefix + line);
  };
  worker.stdout.on('data', forward);
  worker.stderr.on('data', forward);
  worker.on('message', (msg: Message) => {
    if (msg.type === 'loaded' && msg.file) instance.loaded.add(msg.file);
    if (msg.type === 'preloaded') preloadDone();
    const current = instance.current;
    if (!current || current.id !== msg.id) return;
    if (msg.type === 'started') return current.started();
    if (msg.type !== 'done') return;
    const outcome: InvokeOutcome = msg.ok
      ? { ok: true, json: msg.json ?? 'null' }
      : { ok: false, errorCode: msg.errorCode ?? 'UNKNOWN' };
    current.finish(outcome, msg.cold === true);
  });
  worker.on('error', (error) => {
    preloadDone();
    // ERR_WORKER_OUT_OF_MEMORY when a call outgrew the heap limit: say so in the log
    onGone(instance, (error as NodeJS.ErrnoException).code || error.name || 'INSTANCE_ERROR');
  });
  worker.on('exit', () => {
    preloadDone();
    onGone(instance, 'INSTANCE_EXITED');
  });
  worker.unref();
  if (preload.length > 0) worker.postMessage({ type: 'preload', files: preload });
  else preloadDone();
  return instance;
}
