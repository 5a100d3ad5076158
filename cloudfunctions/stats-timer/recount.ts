/**
 * Recounting one community's 数据看板 figures for one month from the source documents: the orders
 * filed that month (index community_created), the points entries made that month (index
 * community_kind_at), the redemptions handed over that month (redemptions community_status_closed), through the same pure facts functions the counters were moved by. The
 * answer is the counters as they should be, by scope; `unsettled` says an order changed in the
 * last minute, whose counter move may still be in flight.
 */
import { orderFacts, orderScopes, type Facts } from '../../domain/stats/order-facts';
import { collectionFacts, entryFacts, entryScopes } from '../../domain/stats/points-facts';
import { sumFacts } from '../../domain/stats/rates';
import { fromChinaWallClock } from '../../domain/china-time';
import { ENTRY_KINDS } from '../../types/points';
import { db } from '../_shared/cloud';
import { orderDoc } from '../_shared/orders/model';
import { entryDoc, ENTRIES } from '../_shared/points-ledger';
import { REDEMPTIONS, redemptionDoc } from '../_shared/points/mall-model';
import { DB_PAGE, fetchDocs } from '../_shared/records';
import { recountCivic } from './recount-civic';

export const SETTLE_MS = 60_000;

export interface Recount {
  byScope: Map<string, Facts>;
  unsettled: boolean;
}

/** The instants a month key ('m2026-12') spans, China time. */
export function monthSpan(month: string): { from: Date; to: Date } {
  const [y, m] = month.slice(1).split('-').map(Number);
  return {
    from: fromChinaWallClock(new Date(Date.UTC(y, m - 1, 1))),
    to: fromChinaWallClock(new Date(Date.UTC(y, m, 1))),
  };
}

export async function recountMonth(communityId: string, month: string, now: Date): Promise<Recount> {
  const { from, to } = monthSpan(month);
  const byScope = new Map<string, Facts>();
  const add = (scopes: string[], facts: Facts) => {
    for (const s of scopes) byScope.set(s, sumFacts([byScope.get(s) ?? {}, facts]));
  };
  const residents = new Set<string>();
  let unsettled = false;
  const _ = db().command;
  // Keyset paging on (createdAt, _id), newest first, as the index orders them.
  let cursor: { at: Date; id: string } | null = null;
  for (;;) {
    // Keyset: strictly after the last order read, in the index's (createdAt, _id) order.
    const after = cursor
      ? _.or([{ createdAt: _.lt(cursor.at) }, { createdAt: cursor.at, _id: _.lt(cursor.id) }])
      : { createdAt: _.lt(to) };
    const docs = await fetchDocs(
      db()
        .collection('orders')
        .where(_.and([{ communityId, createdAt: _.gte(from) }, after]))
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const o = orderDoc.parse(raw);
      add(orderScopes(o), orderFacts(o));
      residents.add(o.residentId);
      // A move still in flight, or owed and not yet claimed: the counters will still move for it.
      if (now.getTime() - o.updatedAt.getTime() < SETTLE_MS || o.statsMark?.pending) unsettled = true;
      cursor = { at: o.createdAt, id: o._id };
    }
    if (docs.length < DB_PAGE) break;
  }
  if (residents.size > 0) add(['all'], { served: residents.size });
  for (const kind of ENTRY_KINDS) {
    // Keyset on (at, _id) newest first; the index orders by `at`, and `_id` breaks ties.
    let cursor2: { at: Date; id: string } | null = null;
    for (;;) {
      const after = cursor2
        ? _.or([{ at: _.lt(cursor2.at) }, { at: cursor2.at, _id: _.lt(cursor2.id) }])
        : { at: _.lt(to) };
      const docs = await fetchDocs(
        db()
          .collection(ENTRIES)
          .where(_.and([{ communityId, kind, at: _.gte(from) }, after]))
          .orderBy('at', 'desc')
          .orderBy('_id', 'desc')
          .limit(DB_PAGE),
      );
      for (const raw of docs) {
        const e = entryDoc.parse(raw);
        add(entryScopes(e), entryFacts(e));
        cursor2 = { at: e.at, id: e._id };
      }
      if (docs.length < DB_PAGE) break;
    }
  }
  await recountCollections(communityId, from, to, add);
  await recountCivic(communityId, from, to, add);
  return { byScope, unsettled };
}

/** Redemptions handed over that month (index community_status_closed), newest first. */
async function recountCollections(
  communityId: string,
  from: Date,
  to: Date,
  add: (scopes: string[], facts: Facts) => void,
): Promise<void> {
  const _ = db().command;
  let cursor: { at: Date; id: string } | null = null;
  for (;;) {
    const after = cursor
      ? _.or([{ closedAt: _.lt(cursor.at) }, { closedAt: cursor.at, _id: _.lt(cursor.id) }])
      : { closedAt: _.lt(to) };
    const docs = await fetchDocs(
      db()
        .collection(REDEMPTIONS)
        .where(_.and([{ communityId, status: 'fulfilled', closedAt: _.gte(from) }, after]))
        .orderBy('closedAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const r = redemptionDoc.parse(raw);
      add(entryScopes(r), collectionFacts(r));
      cursor = { at: r.closedAt as Date, id: r._id };
    }
    if (docs.length < DB_PAGE) return;
  }
}
