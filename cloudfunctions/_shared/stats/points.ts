/**
 * The 数据看板 counter moves of the 爱心超市 and the points ledger: an entry's (earned, spent,
 * redeemed; moved after the transaction that posts it commits, points-ledger.ts postEntry) and a
 * handed-over redemption's (collected, ¥ value; moved after the 核销's conditional update).
 */
import {
  collectionFacts,
  entryFacts,
  entryScopes,
  type CountedCollection,
  type CountedEntry,
} from '../../../domain/stats/points-facts';
import { movesFor, type StatsMove } from './counters';

export function entryMoves(e: CountedEntry): StatsMove[] {
  return movesFor(e.communityId, e.at, entryScopes(e), entryFacts(e));
}

/** A redemption handed over: counted in the month of its closedAt (recount: stats-timer/recount.ts). */
export function collectionMoves(c: CountedCollection): StatsMove[] {
  return movesFor(c.communityId, c.closedAt, entryScopes(c), collectionFacts(c));
}
