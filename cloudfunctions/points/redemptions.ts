/**
 * redemptions: one's own, 20 a page, newest first, optionally by status. Community admins see the
 * whole community's (the counter's worklist) unless they ask for `mine`.
 */
import type { Page } from '../../types/envelope';
import type { RedemptionStatus, RedemptionView } from '../../types/points';
import { mayManagePoints } from '../../domain/points/permissions';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { fetchDocs } from '../_shared/records';
import { REDEMPTIONS, redemptionDoc } from '../_shared/points/mall-model';
import { after, pageOf, PAGE_SIZE } from './paging';
import { redemptionView } from './view';

export async function listRedemptions(input: {
  status?: RedemptionStatus;
  mine?: boolean;
  cursor?: string;
}): Promise<Page<RedemptionView>> {
  const actor = await loadActor();
  const conditions: object[] = [{ communityId: actor.communityId }];
  if (input.mine || !mayManagePoints(actor)) conditions.push({ userId: actor.userId });
  if (input.status) conditions.push({ status: input.status });
  if (input.cursor) conditions.push(after(input.cursor, 'createdAt'));
  const docs = await fetchDocs(
    db()
      .collection(REDEMPTIONS)
      .where(db().command.and(conditions))
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(PAGE_SIZE + 1),
  );
  return pageOf(
    docs.map((d) => redemptionDoc.parse(d)),
    (r) => r.createdAt,
    redemptionView,
  );
}
