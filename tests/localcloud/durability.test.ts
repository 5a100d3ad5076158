/**
 * Every acknowledged write survives kill -9: the CLI runs as a child process, writes stream in
 * through POST /cloud/durable-write, the process is SIGKILLed mid-stream, and a restart on the
 * same data dir must hold every write that was answered 200.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_FUNCTIONS, ROOT, tempDir } from './support';

interface RunningCli {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];

afterEach(() => {
  // A failed expectation must not leave a server running (jest would wait on it forever).
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function startCli(dataDir: string, env: Record<string, string> = {}): Promise<RunningCli> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'localcloud/cli.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      FUNCTIONS_DIR: FIXTURE_FUNCTIONS,
      COLLECTIONS: 'writes',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /local cloud ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, url: ready[1], exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => reject(new Error(`CLI exited before it was ready:\n${out}`)));
  });
}

async function write(url: string, key: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/cloud/durable-write`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': 'writer' },
      body: JSON.stringify({ action: 'write', key }),
    });
    return res.status === 200 && ((await res.json()) as { ok?: boolean }).ok === true;
  } catch {
    return false; // the server died under this request: not acknowledged
  }
}

test('every acknowledged write is on disk after SIGKILL mid-stream; the CLI then stops cleanly on SIGTERM', async () => {
  const dataDir = tempDir();
  try {
    const first = await startCli(dataDir);
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (lane: number) => {
      for (let i = 0; !killed && i < 10_000; i++) {
        const key = `w-${lane}-${i}`;
        if (await write(first.url, key)) acknowledged.push(key);
        else if (killed) break;
      }
    };
    const lanes = Array.from({ length: 6 }, (_, lane) => writer(lane));
    // Kill while writes are in flight, once a fair number has been acknowledged.
    const deadline = Date.now() + 15_000;
    while (acknowledged.length < 150 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(lanes);
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const second = await startCli(dataDir);
    const res = await fetch(`${second.url}/cloud/durable-write`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'missing', keys: acknowledged }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ missing: [] });

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    // closed cleanly: nothing left in the WAL that a reopen would have to recover
    expect(fs.existsSync(path.join(dataDir, 'localcloud.sqlite'))).toBe(true);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

async function post<T>(url: string, event: unknown): Promise<T | undefined> {
  try {
    const res = await fetch(`${url}/cloud/durable-write`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': 'writer' },
      body: JSON.stringify(event),
    });
    return res.status === 200 ? ((await res.json()) as T) : undefined;
  } catch {
    return undefined; // the server died under this request: not acknowledged
  }
}

test('SIGKILL under load: every acknowledged transaction survives whole, with its index entries', async () => {
  const dataDir = tempDir();
  const indexFile = path.join(dataDir, 'indexes.json');
  fs.writeFileSync(
    indexFile,
    JSON.stringify({
      writes: [
        {
          name: 'lane_n',
          keys: [
            ['kind', 1],
            ['lane', 1],
            ['n', -1],
          ],
        },
      ],
    }),
  );
  const env = { INDEXES_FILE: indexFile, LOCALCLOUD_STRICT_INDEXES: '1' };
  const lanes = Array.from({ length: 8 }, (_, lane) => lane);
  try {
    const first = await startCli(dataDir, env);
    expect(await post(first.url, { action: 'init', lanes })).toEqual({ ok: true });
    const acknowledged = lanes.map(() => 0);
    let killed = false;
    const writer = async (lane: number) => {
      while (!killed) {
        const r = await post<{ ok: boolean; n: number }>(first.url, { action: 'txwrite', lane });
        if (r?.ok) acknowledged[lane] = r.n;
      }
    };
    // transactions on 8 lanes plus plain writes at once, killed once a fair number is acknowledged
    const running = [
      ...lanes.map(writer),
      ...[0, 1].map(async (k) => {
        for (let i = 0; !killed; i++) await write(first.url, `plain-${k}-${i}`);
      }),
    ];
    const deadline = Date.now() + 40_000;
    const total = () => acknowledged.reduce((a, b) => a + b, 0);
    while (total() < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(running);
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(total()).toBeGreaterThanOrEqual(60);

    const second = await startCli(dataDir, env);
    const audit = await post<{ lanes: { lane: number; counter: number; count: number; newest: number }[] }>(
      second.url,
      { action: 'audit', lanes },
    );
    for (const row of audit?.lanes ?? []) {
      // the transaction that was committing at the kill may be there though never acknowledged
      expect(row.counter).toBeGreaterThanOrEqual(acknowledged[row.lane]);
      expect(row.counter).toBeLessThanOrEqual(acknowledged[row.lane] + 1);
      // entry and counter move together, and the index holds exactly the entries
      expect(row.count).toBe(row.counter);
      expect(row.newest).toBe(row.counter);
    }
    expect(audit?.lanes).toHaveLength(lanes.length);
    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
