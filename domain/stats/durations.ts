/**
 * Medians from counters. A counter cannot hold every duration, so each order adds 1 to the bucket
 * its duration falls in (take_b3, done_b7…); the median is read off the buckets as the upper edge
 * of the bucket that holds the middle order ("半数在 4 小时内"). It is exact about the bucket,
 * never invented inside one, and the same function gives the same answer from raw orders. Pure.
 */
const HOUR = 3600_000;

/** Upper edges in hours: ≤1h, ≤2h, ≤4h, ≤8h, ≤12h, ≤1d, ≤2d, ≤3d, ≤5d, ≤7d, ≤10d, ≤15d, ≤30d, more. */
export const BUCKET_EDGES_HOURS = [1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 360, 720, Infinity] as const;

export function bucketOf(ms: number): number {
  const hours = Math.max(0, ms) / HOUR;
  return BUCKET_EDGES_HOURS.findIndex((edge) => hours <= edge);
}

/**
 * The bucket holding the lower median (the ⌈n/2⌉-th smallest) of the counts, or null for none.
 * `counts[i]` is how many durations fell in bucket i.
 */
export function medianBucket(counts: readonly number[]): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n <= 0) return null;
  const middle = Math.ceil(n / 2);
  let seen = 0;
  for (let i = 0; i < counts.length; i += 1) {
    seen += counts[i];
    if (seen >= middle) return i;
  }
  return counts.length - 1;
}

/** '4 小时内', '2 天内', '30 天以上'. */
export function bucketLabel(bucket: number | null): string {
  if (bucket === null) return '暂无';
  const edge = BUCKET_EDGES_HOURS[bucket];
  if (edge === Infinity) return '30 天以上';
  return edge < 24 ? `${edge} 小时内` : `${edge / 24} 天内`;
}
