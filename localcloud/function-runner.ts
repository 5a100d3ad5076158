/**
 * Runs cloud functions like the cloud does: in "instances" that each handle one invocation at a
 * time, several instances at once. An instance is a worker thread (worker.cjs); the pool grows
 * on demand up to `maxInstances` and further calls wait in a FIFO queue. Because invocations
 * really overlap, a race that can happen in the cloud (read-then-write) can happen here too.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { instanceEnv, invocationEnv, LOCAL_ENV_ID, type CallerIdentity } from './function-env';

export type InvokeOutcome = { ok: true; json: string } | { ok: false; errorCode: string };

export interface RunnerOptions {
  functionsDir: string;
  /** base URL of the database stand-in, e.g. http://127.0.0.1:10086/admin (known once listening) */
  dbUrl: () => string;
  maxInstances: number;
  log: (line: string) => void;
  /** called after every invocation, so its leftover transactions can be aborted */
  onInvocationEnd: (invocationId: string) => void;
}

interface Instance {
  worker: Worker;
  busy: boolean;
  current?: { id: string; name: string; started: () => void; finish: (o: InvokeOutcome) => void };
  idleTimer?: NodeJS.Timeout;
}

/** No config.json timeout: generous, so a slow laptop under test load does not flake. */
const DEFAULT_TIMEOUT_S = 60;
/**
 * Loading a function (a cold start: the bundle and wx-server-sdk) has its own, longer limit, as the
 * cloud's initialisation phase does; config.json's `timeout` counts from when `main` is called.
 * Otherwise 24 instances cold-starting at once on a busy 2-core laptop time out before they run.
 */
const INIT_TIMEOUT_S = 60;
const IDLE_INSTANCE_MS = 5 * 60_000;
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export class FunctionRunner {
  private readonly instances = new Set<Instance>();
  private readonly queue: (() => void)[] = [];
  private closed = false;

  constructor(private readonly opts: RunnerOptions) {}

  /** A function exists when `<functionsDir>/<name>/index.js` does. */
  has(name: string): boolean {
    return FUNCTION_NAME.test(name) && fs.existsSync(this.entryOf(name));
  }

  get instanceCount(): number {
    return this.instances.size;
  }

  async invoke(name: string, event: Record<string, unknown>, caller: CallerIdentity): Promise<InvokeOutcome> {
    const instance = await this.acquire();
    const id = crypto.randomBytes(12).toString('hex');
    const timeoutS = this.timeoutOf(name);
    const outcome = await new Promise<InvokeOutcome>((resolve) => {
      const limit = (seconds: number, code: string) =>
        setTimeout(() => {
          this.opts.log(
            `[localcloud] ${name} ${code === 'TIMEOUT' ? 'timed out' : 'failed to load'} after ${seconds} s`,
          );
          this.discard(instance, { ok: false, errorCode: code });
        }, seconds * 1000);
      let timer = limit(INIT_TIMEOUT_S, 'INIT_TIMEOUT');
      instance.current = {
        id,
        name,
        started: () => {
          clearTimeout(timer);
          timer = limit(timeoutS, 'TIMEOUT');
        },
        finish: (o) => {
          clearTimeout(timer);
          instance.current = undefined;
          resolve(o);
        },
      };
      instance.worker.postMessage({
        type: 'invoke',
        id,
        file: this.entryOf(name),
        env: invocationEnv(`${this.opts.dbUrl()}/${id}`, caller),
        event: caller.openid ? { ...event, userInfo: { appId: caller.appid, openId: caller.openid } } : event,
        context: {
          request_id: id,
          function_name: name,
          function_version: '$LATEST',
          namespace: LOCAL_ENV_ID,
          memory_limit_in_mb: 256,
          time_limit_in_ms: timeoutS * 1000,
          environ: '',
        },
      });
    });
    this.opts.onInvocationEnd(id);
    if (this.instances.has(instance)) this.release(instance);
    if (!outcome.ok) this.opts.log(`[localcloud] ${name} failed: ${outcome.errorCode}`);
    return outcome;
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.instances];
    for (const instance of all) this.discard(instance, { ok: false, errorCode: 'SHUTDOWN' });
    await Promise.all(all.map((i) => i.worker.terminate().catch(() => undefined)));
  }

  private entryOf(name: string): string {
    return path.resolve(this.opts.functionsDir, name, 'index.js');
  }

  /** `timeout` (seconds) from the function's config.json, as the cloud reads it. */
  private timeoutOf(name: string): number {
    try {
      const config = JSON.parse(fs.readFileSync(path.resolve(this.opts.functionsDir, name, 'config.json'), 'utf8'));
      return typeof config.timeout === 'number' && config.timeout > 0 ? config.timeout : DEFAULT_TIMEOUT_S;
    } catch {
      return DEFAULT_TIMEOUT_S;
    }
  }

  private acquire(): Promise<Instance> {
    if (this.closed) return Promise.reject(new Error('function runner is closed'));
    for (const instance of this.instances) {
      if (!instance.busy) return Promise.resolve(this.occupy(instance));
    }
    if (this.instances.size < this.opts.maxInstances) return Promise.resolve(this.occupy(this.spawn()));
    return new Promise((resolve, reject) =>
      this.queue.push(() => (this.closed ? reject(new Error('function runner is closed')) : resolve(this.acquire()))),
    );
  }

  private occupy(instance: Instance): Instance {
    instance.busy = true;
    clearTimeout(instance.idleTimer);
    return instance;
  }

  private release(instance: Instance): void {
    instance.busy = false;
    instance.idleTimer = setTimeout(() => this.discard(instance), IDLE_INSTANCE_MS);
    instance.idleTimer.unref();
    this.queue.shift()?.();
  }

  private spawn(): Instance {
    const worker = new Worker(path.join(__dirname, 'worker.cjs'), {
      env: { ...process.env, ...instanceEnv() },
      // Plain node: functions are built JavaScript, and inheriting the CLI's `--import tsx`
      // loader would make every instance's cold start several times slower.
      execArgv: [],
      stdout: true,
      stderr: true,
    });
    const instance: Instance = { worker, busy: false };
    this.instances.add(instance);
    const forward = (chunk: Buffer): void => {
      const prefix = instance.current ? `[${instance.current.name}] ` : '[localcloud instance] ';
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.opts.log(prefix + line);
    };
    worker.stdout.on('data', forward);
    worker.stderr.on('data', forward);
    worker.on('message', (msg: { type?: string; id?: string } & InvokeOutcome) => {
      const current = instance.current;
      if (!current || current.id !== msg.id) return;
      if (msg.type === 'started') return current.started();
      if (msg.type !== 'done') return;
      current.finish(msg.ok ? { ok: true, json: msg.json } : { ok: false, errorCode: msg.errorCode });
    });
    worker.on('error', (error) => this.discard(instance, { ok: false, errorCode: error.name || 'INSTANCE_ERROR' }));
    worker.on('exit', () => this.discard(instance, { ok: false, errorCode: 'INSTANCE_EXITED' }));
    worker.unref();
    return instance;
  }

  /** Drops an instance (crashed, timed out, idle or shutting down), failing what it was running. */
  private discard(instance: Instance, outcome?: InvokeOutcome): void {
    if (!this.instances.delete(instance)) return;
    clearTimeout(instance.idleTimer);
    instance.current?.finish(outcome ?? { ok: false, errorCode: 'INSTANCE_GONE' });
    void instance.worker.terminate().catch(() => undefined);
    if (!this.closed) this.queue.shift()?.();
  }
}
