/** Typed calls of the `stats` cloud function (数据看板, types/stats.ts). */
import type { Envelope } from '../../types/envelope';
import type { Dashboard, StatsPeriod } from '../../types/stats';
import { callCloud } from './cloud';

/** One period's 数据看板; `communityId` absent: one's own community (a 街道: the sum of theirs). */
export function getDashboard(period: StatsPeriod, communityId?: string): Promise<Envelope<Dashboard>> {
  return callCloud<Dashboard>('stats', { action: 'dashboard', period, ...(communityId ? { communityId } : {}) });
}
