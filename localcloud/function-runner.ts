/**
 * Runs cloud functions like the cloud does: in "instances" that each handle one invocation at a
 * time, several instances at once. An instance is a worker thread (instance.ts, worker.cjs).
 * Because invocations really overlap, a race that can happen in the cloud (read-then-write) can
 * happen here too.
 *
 * Warm before the first request, and no head-of-line blocking:
 *  - `warmUp()` starts `warmInstances` instances that load every function people wait on (not
 *    timers, not long exports) before serving, so its first call does not pay for loading the SDK
 *    and its bundle (~0.4 s each);
 *  - when a call takes the last idle instance, a spare is started at once with that function
 *    loaded, so the next caller of a busy function finds an instance ready instead of waiting;
 *  - a slow call (a report, an export) holds only its own instance: other calls run on others.
 *    As in the cloud, where each function has its own concurrency quota, `maxInstances` bounds
 *    each function separately: a function at its limit queues its own calls (oldest first), while
 *    other functions still start instances, up to twice `maxInstances` in all (a memory bound).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { invocationEnv, LOCAL_ENV_ID, type CallerIdentity } from './function-env';
import { spawnInstance, type Instance, type InvokeOutcome } from './instance';

export type { InvokeOutcome } from './instance';

export interface RunnerOptions {
  functionsDir: string;
  /** base URL of the database stand-in, e.g. http://127.0.0.1:10086/admin (known once listening) */
  dbUrl: () => string;
  /** most instances one function runs at once; the pool as a whole holds at most twice this */
  maxInstances: number;
  /** instances kept loaded with every function, from warmUp() on (default 2) */
  warmInstances?: number;
  /** each instance's old-generation heap limit in MB (default 256; instance.ts) */
  instanceHeapMb?: number;
  log: (line: string) => void;
  /** called after every invocation, so its leftover transactions can be aborted */
  onInvocationEnd: (invocationId: string) => void;
}

export interface RunnerStats {
  /** instances alive now */
  instances: number;
  /** of those, loaded and ready to serve (the others are still starting) */
  ready: number;
  /** instances ever started (warm-up, spares, replacements) */
  instancesStarted: number;
  /** calls that had to load their function first (a cold start) */
  coldCalls: number;
  /** calls that found their function already loaded */
  warmCalls: number;
}

/** No config.json timeout: generous, so a slow laptop under test load does not flake. */
const DEFAULT_TIMEOUT_S = 60;
/** The longest config timeout of a function people wait on (warm instances preload those). */
const INTERACTIVE_TIMEOUT_S = 20;
/**
 * Loading a function (a cold start: the bundle and wx-server-sdk) has its own, longer limit, as the
 * cloud's initialisation phase does; config.json's `timeout` counts from when `main` is called.
 * Otherwise 24 instances cold-starting at once on a busy 2-core laptop time out before they run.
 */
const INIT_TIMEOUT_S = 60;
/**
 * Spares (instances beyond the warm ones, started for a burst) stop after a minute without a call:
 * each holds ~50 MB, and a burst's spares would otherwise keep the local cloud at twice its resting
 * memory for minutes after the burst (measured: 2 warm instances 260 MB, 6 after a burst 480 MB).
 */
const IDLE_INSTANCE_MS = 60_000;
export const DEFAULT_WARM_INSTANCES = 2;
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

interface Waiter {
  name: string;
  resume: () => void;
  timer?: NodeJS.Timeout;
}

/** How long a call waits for a busy instance before one is started for it, and then how often it looks again. */
const HEDGE_MS = 50;
const RECHECK_MS = 250;

export class FunctionRunner {
  private readonly instances = new Set<Instance>();
  private readonly queue: Waiter[] = [];
  private readonly running = new Map<string, number>();
  private readonly counts = { instancesStarted: 0, coldCalls: 0, warmCalls: 0 };
  private closed = false;
  private readonly warmTarget: number;
  private readonly perFunctionLimit: number;
  private readonly poolLimit: number;

  constructor(private readonly opts: RunnerOptions) {
    this.warmTarget = Math.min(opts.warmInstances ?? DEFAULT_WARM_INSTANCES, opts.maxInstances);
    this.perFunctionLimit = opts.maxInstances;
    this.poolLimit = 2 * opts.maxInstances;
  }

  /** A function exists when `<functionsDir>/<name>/index.js` does. */
  has(name: string): boolean {
    return FUNCTION_NAME.test(name) && fs.existsSync(this.entryOf(name));
  }

  get instanceCount(): number {
    return this.instances.size;
  }

  stats(): RunnerStats {
    const ready = [...this.instances].filter((i) => i.ready).length;
    return { instances: this.instances.size, ready, ...this.counts };
  }

  /** Starts the warm instances and resolves once each has loaded every function. */
  async warmUp(): Promise<void> {
    const all = this.allEntries().filter((file) => this.waitedOn(path.basename(path.dirname(file))));
    const started: Instance[] = [];
    while (this.instances.size < this.warmTarget) started.push(this.spawn(all));
    await Promise.all(started.map((i) => i.preloaded));
  }

  async invoke(name: string, event: Record<string, unknown>, caller: CallerIdentity): Promise<InvokeOutcome> {
    const instance = await this.acquire(name);
    const id = crypto.randomBytes(12).toString('hex');
    const timeoutS = this.timeoutOf(name);
    const file = this.entryOf(name);
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
        finish: (o, cold) => {
          clearTimeout(timer);
          instance.current = undefined;
          if (cold !== undefined) this.counts[cold ? 'coldCalls' : 'warmCalls'] += 1;
          resolve(o);
        },
      };
      // A hand-off that fails (an event the thread cannot copy) ran nothing: free the instance now,
      // rather than leave it busy until the load limit above gives up on it.
      try {
        instance.worker.postMessage({
          type: 'invoke',
          id,
          file,
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
      } catch (error) {
        instance.current.finish({ ok: false, errorCode: (error as Error)?.name || 'HANDOFF_FAILED' });
      }
    });
    this.opts.onInvocationEnd(id);
    this.running.set(name, (this.running.get(name) ?? 1) - 1);
    if (this.instances.has(instance)) this.release(instance);
    else this.drain();
    if (!outcome.ok) this.opts.log(`[localcloud] ${name} failed: ${outcome.errorCode}`);
    return outcome;
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.instances];
    for (const instance of all) this.discard(instance, { ok: false, errorCode: 'SHUTDOWN' });
    for (const waiter of this.queue.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.resume();
    }
    await Promise.all(all.map((i) => i.worker.terminate().catch(() => undefined)));
  }

  private entryOf(name: string): string {
    return path.resolve(this.opts.functionsDir, name, 'index.js');
  }

  private allEntries(): string[] {
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.opts.functionsDir);
    } catch {
      return [];
    }
    return names.filter((n) => this.has(n)).map((n) => this.entryOf(n));
  }

  /** `timeout` (seconds) from the function's config.json, as the cloud reads it. */
  private timeoutOf(name: string): number {
    const config = this.configOf(name);
    return typeof config.timeout === 'number' && config.timeout > 0 ? config.timeout : DEFAULT_TIMEOUT_S;
  }

  /**
   * Whether a person waits on this function's first call, so warm instances load it in advance:
   * not a timer (it runs on a schedule) nor a long job (config timeout over 20 s: an export, whose
   * few hundred ms of loading vanish in its seconds of work). Those load in the instance that first
   * runs them; preloading them everywhere would cost every instance their memory (the 台账 export's
   * exceljs and docx: ~18 MB an instance).
   */
  private waitedOn(name: string): boolean {
    const config = this.configOf(name);
    const timer = Array.isArray(config.triggers) && config.triggers.length > 0;
    const long = typeof config.timeout === 'number' && config.timeout > INTERACTIVE_TIMEOUT_S;
    return !timer && !long;
  }

  private configOf(name: string): { timeout?: unknown; triggers?: unknown } {
    try {
      return JSON.parse(fs.readFileSync(path.resolve(this.opts.functionsDir, name, 'config.json'), 'utf8'));
    } catch {
      return {};
    }
  }

  private async acquire(name: string): Promise<Instance> {
    for (;;) {
      if (this.closed) throw new Error('function runner is closed');
      const instance = this.tryOccupy(name);
      if (instance) return instance;
      await new Promise<void>((resume) => {
        const waiter: Waiter = { name, resume };
        this.queue.push(waiter);
        waiter.timer = setTimeout(() => this.hedge(waiter), HEDGE_MS);
        waiter.timer.unref();
      });
    }
  }

  /**
   * A call that finds no idle instance waits HEDGE_MS for a busy one to free up (quick calls take
   * a few ms), then has an instance started for it, as the cloud would, so concurrent long calls
   * really overlap; still, a warm instance that frees up before the new one has loaded (~0.4 s)
   * serves it instead. So a burst of quick calls is served by the warm instances without a cold
   * start eating the CPU they need, and a slow call holds up the others at most for one start.
   */
  private hedge(waiter: Waiter): void {
    if (this.closed || !this.queue.includes(waiter)) return;
    const starting = [...this.instances].filter((i) => !i.ready && i.startedFor === waiter.name).length;
    const waiting = this.queue.filter((w) => w.name === waiter.name).length;
    const room = this.perFunctionLimit - this.runningOf(waiter.name);
    if (starting < Math.min(waiting, room) && this.instances.size < this.poolLimit) {
      this.spawn([this.entryOf(waiter.name)], waiter.name);
    }
    // Look again later: an instance may have died, or the function may have room again.
    waiter.timer = setTimeout(() => this.hedge(waiter), RECHECK_MS);
    waiter.timer.unref();
  }

  private runningOf(name: string): number {
    return this.running.get(name) ?? 0;
  }

  /** A loaded idle instance for `name` now (preferring one that has loaded it), else none. */
  private tryOccupy(name: string): Instance | undefined {
    if (this.runningOf(name) >= this.perFunctionLimit) return undefined;
    const file = this.entryOf(name);
    let chosen: Instance | undefined;
    for (const instance of this.instances) {
      if (instance.busy || !instance.ready) continue;
      if (instance.loaded.has(file)) {
        chosen = instance;
        break;
      }
      chosen ??= instance;
    }
    if (!chosen) return undefined;
    chosen.busy = true;
    clearTimeout(chosen.idleTimer);
    const running = this.runningOf(name) + 1;
    this.running.set(name, running);
    // The last idle instance is taken: start a spare with this function loaded for its next caller
    // (unless the function is at its limit, when its next caller waits anyway).
    const idleLeft = [...this.instances].some((i) => !i.busy);
    if (!idleLeft && running < this.perFunctionLimit && this.instances.size < this.poolLimit) this.spawn([file], name);
    return chosen;
  }

  private release(instance: Instance): void {
    instance.busy = false;
    this.retireWhenIdle(instance);
    this.drain();
  }

  /** Instances beyond the warm ones stop after IDLE_INSTANCE_MS without a call. */
  private retireWhenIdle(instance: Instance): void {
    if (this.instances.size <= this.warmTarget) return;
    clearTimeout(instance.idleTimer);
    instance.idleTimer = setTimeout(() => this.discard(instance), IDLE_INSTANCE_MS);
    instance.idleTimer.unref();
  }

  /** Wakes the oldest waiters that a ready idle instance can serve now; the rest keep their place. */
  private drain(): void {
    if (this.closed) return;
    let idle = [...this.instances].filter((i) => i.ready && !i.busy).length;
    const woken = new Map<string, number>();
    const keep: Waiter[] = [];
    for (const waiter of this.queue.splice(0)) {
      const running = this.runningOf(waiter.name) + (woken.get(waiter.name) ?? 0);
      if (idle > 0 && running < this.perFunctionLimit) {
        idle -= 1;
        woken.set(waiter.name, (woken.get(waiter.name) ?? 0) + 1);
        clearTimeout(waiter.timer);
        waiter.resume();
      } else {
        keep.push(waiter);
      }
    }
    this.queue.push(...keep);
  }

  private spawn(preload: string[], startedFor?: string): Instance {
    this.counts.instancesStarted += 1;
    const instance = spawnInstance(
      preload,
      this.opts.log,
      (gone, errorCode) => this.discard(gone, { ok: false, errorCode }),
      this.opts.instanceHeapMb,
    );
    instance.startedFor = startedFor;
    this.instances.add(instance);
    void instance.preloaded.then(() => {
      if (!this.instances.has(instance)) return;
      if (!instance.busy) this.retireWhenIdle(instance);
      this.drain();
    });
    return instance;
  }

  /** Drops an instance (crashed, timed out, idle or shutting down), failing what it was running. */
  private discard(instance: Instance, outcome?: InvokeOutcome): void {
    if (!this.instances.delete(instance)) return;
    clearTimeout(instance.idleTimer);
    instance.current?.finish(outcome ?? { ok: false, errorCode: 'INSTANCE_GONE' });
    void instance.worker.terminate().catch(() => undefined);
    if (this.closed) return;
    // Keep the warm pool warm: a crashed or timed-out warm instance is replaced, fully loaded.
    if (this.instances.size < this.warmTarget) this.spawn(this.allEntries());
    this.drain();
  }
}
