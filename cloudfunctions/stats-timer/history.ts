/** The months a community's history spans: from its first order or points entry to now (China time). */
import { periodKeyOf } from '../../domain/stats/periods';
import { db } from '../_shared/cloud';
import { ENTRIES } from '../_shared/points-ledger';
import { fetchDocs } from '../_shared/records';
import { ENTRY_KINDS } from '../../types/points';

export async function monthsSince(communityId: string, now: Date): Promise<string[]> {
  const firsts: Date[] = [];
  const [order] = await fetchDocs(
    db().collection('orders').where({ communityId }).orderBy('createdAt', 'asc').orderBy('_id', 'asc').limit(1),
  );
  if (order) firsts.push(new Date(order.createdAt as string));
  for (const kind of ENTRY_KINDS) {
    const [entry] = await fetchDocs(
      db().collection(ENTRIES).where({ communityId, kind }).orderBy('at', 'asc').orderBy('_id', 'asc').limit(1),
    );
    if (entry) firsts.push(new Date(entry.at as string));
  }
  if (firsts.length === 0) return [];
  const start = new Date(Math.min(...firsts.map((d) => d.getTime())));
  const months: string[] = [];
  const last = periodKeyOf('month', now);
  for (let at = start; ; at = new Date(at.getTime() + 28 * 24 * 3600_000)) {
    const m = periodKeyOf('month', at);
    if (months[months.length - 1] !== m) months.push(m);
    if (m >= last) return months;
  }
}
