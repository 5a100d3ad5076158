/**
 * 1+X progress, computed from the records (never a counter that could drift): 活动 and 微心愿 from
 * the hours ledger (sources 'activity' and 'wish', which their features post on attendance and
 * fulfilment), 结对 and 建议 from this function's own records, all within the quarter.
 */
import type { ProgressView } from '../../types/party';
import { commitmentProgress } from '../../domain/party/rules';
import type { HourEntryDoc } from '../_shared/hours-ledger';
import { findById } from '../_shared/records';
import { hourEntriesIn, pairingDoc, pairingIdOf, PAIRINGS, rangeOf, suggestionCount } from './model';

export interface Progress {
  view: ProgressView;
  entries: HourEntryDoc[];
  pairing: ReturnType<typeof pairingDoc.parse> | null;
}

export async function progressOf(communityId: string, userId: string, period: string): Promise<Progress> {
  const [entries, pairing, suggestions] = await Promise.all([
    hourEntriesIn(communityId, userId, period),
    findById(PAIRINGS, pairingIdOf(communityId, userId, period), pairingDoc),
    suggestionCount(communityId, userId, period),
  ]);
  const activities = new Set(entries.filter((e) => e.source === 'activity').map((e) => e.sourceId)).size;
  const wishes = new Set(entries.filter((e) => e.source === 'wish').map((e) => e.sourceId)).size;
  const progress = commitmentProgress({
    activity: activities,
    wish: wishes,
    pairing: pairing ? 1 : 0,
    suggestion: suggestions,
  });
  const view: ProgressView = {
    period,
    periodLabel: rangeOf(period).label,
    ...progress,
    minutes: entries.reduce((sum, e) => sum + e.minutes, 0),
  };
  return { view, entries, pairing };
}
