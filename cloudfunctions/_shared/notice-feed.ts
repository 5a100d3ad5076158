/**
 * What reaches a person's home, shared by the `notices` function (its list) and `user.home` (the
 * home's 未读 count), so both answer from the same rule (domain/notices/rules.ts keysReaching) and
 * the same collections:
 *   notices          one per post; `scopeKey` (building:<id> | grid:<id> | community:<id>)
 *   notice_reads     read receipts, _id `<noticeId>_<userId>` (opening twice writes once)
 *   notice_signups   one per person and notice, _id `<noticeId>_<userId>`
 */
import { z } from 'zod';
import type { Actor } from '../../domain/actor';
import { keysReaching, type Home } from '../../domain/notices/rules';
import { NOTICE_PAGE_SIZE } from '../../types/notices';
import { db } from './cloud';
import { buildingDoc } from './models';
import { fetchDocs, findById } from './records';

export const NOTICES = 'notices';
export const READS = 'notice_reads';
export const SIGNUPS = 'notice_signups';

export const personalId = (noticeId: string, userId: string) => `${noticeId}_${userId}`;

/** Where the caller lives: their building (and its name) and its grid ('' until they choose one). */
export async function homeOf(actor: Actor): Promise<Home & { buildingName: string }> {
  const building = actor.buildingId ? await findById('buildings', actor.buildingId, buildingDoc) : null;
  const inCommunity = building && building.communityId === actor.communityId;
  return {
    communityId: actor.communityId,
    buildingId: inCommunity ? building._id : '',
    gridId: inCommunity ? building.gridId : '',
    buildingName: inCommunity ? building.name : '',
  };
}

/** The condition of the notices that reach a home (its building, its grid, the community). */
export function reachingHome(home: Home): object {
  return { communityId: home.communityId, scopeKey: db().command.in(keysReaching(home)) };
}

/** Which of these notices the caller has read and signed up for: two reads for the whole page. */
export async function personalMarks(actor: Actor, noticeIds: string[]) {
  if (noticeIds.length === 0) return () => ({ read: false, signedUp: false });
  const _ = db().command;
  const ids = noticeIds.map((id) => personalId(id, actor.userId));
  // Both reads at once: one database hop for the page's marks, not two in a row.
  const [reads, signups] = await Promise.all([
    fetchDocs(
      db()
        .collection(READS)
        .where({ _id: _.in(ids) })
        .limit(ids.length),
    ),
    fetchDocs(
      db()
        .collection(SIGNUPS)
        .where({ _id: _.in(ids), active: true })
        .limit(ids.length),
    ),
  ]);
  const readSet = new Set(reads.map((d) => String(d.noticeId)));
  const signedSet = new Set(signups.map((d) => String(d.noticeId)));
  return (id: string) => ({ read: readSet.has(id), signedUp: signedSet.has(id) });
}

const noticeId = z.object({ _id: z.string() });

/**
 * Unread among the first page of the home's notices (what 楼栋通知 would show first): the count, and
 * `more` when that whole page is unread and another page follows (the home says "20+").
 */
export async function unreadOnFirstPage(actor: Actor, home: Home): Promise<{ count: number; more: boolean }> {
  const docs = await fetchDocs(
    db()
      .collection(NOTICES)
      .where(reachingHome(home))
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(NOTICE_PAGE_SIZE + 1),
  );
  const ids = docs.slice(0, NOTICE_PAGE_SIZE).map((d) => noticeId.parse(d)._id);
  const marks = await personalMarks(actor, ids);
  const count = ids.filter((id) => !marks(id).read).length;
  return { count, more: docs.length > NOTICE_PAGE_SIZE && count === ids.length };
}
