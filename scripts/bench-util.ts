/** Small helpers shared by the bench scripts: timing, percentiles, calling a function over HTTP. */

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, value];
}

/** Runs `total` calls with at most `concurrency` in flight; answers sorted latencies. */
export async function load(
  total: number,
  concurrency: number,
  call: (i: number) => Promise<unknown>,
): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        latencies.push((await timed(() => call(i)))[0]);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

export type Envelope = { ok: boolean; data?: any; error?: { code: string } };

/** POST /cloud/<fn> as the H5 client does; answers the parsed envelope. */
export function caller(url: string) {
  return async (fn: string, openid: string | null, event: unknown): Promise<Envelope> => {
    const res = await fetch(`${url}/cloud/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
      body: JSON.stringify(event),
    });
    return (await res.json()) as Envelope;
  };
}

// Seeding (bench-seed.ts, bench-seed-civic.ts)

export const DAY = 86_400_000;
export const BATCH = 5_000;

export interface BulkTarget {
  insertMany(collection: string, docs: Record<string, unknown>[]): unknown;
}

export interface Resident {
  _id: string;
  openid: string;
  name: string;
  buildingId: string;
  gridId: string;
  room: string;
}

export function insertInBatches(store: BulkTarget, coll: string, docs: Record<string, unknown>[]): void {
  for (let i = 0; i < docs.length; i += BATCH) store.insertMany(coll, docs.slice(i, i + BATCH));
}
