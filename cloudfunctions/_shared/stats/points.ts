/**
 * Points entries move the 数据看板 counters inside the transaction that posts them
 * (points-ledger.ts postEntry), so an entry and its counts commit together or not at all.
 */
import { entryFacts, entryScopes, type CountedEntry } from '../../../domain/stats/points-facts';
import { movesFor, type StatsMove } from './counters';

export function entryMoves(e: CountedEntry): StatsMove[] {
  return movesFor(e.communityId, e.at, entryScopes(e), entryFacts(e));
}
