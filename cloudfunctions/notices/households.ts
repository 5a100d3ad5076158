/**
 * The households a notice reaches (domain/notices/households.ts): the people living in its building,
 * its grid's buildings, or anywhere in the community, read by index a building at a time; one record
 * per household written when the notice is posted; a household marked read when a member opens it.
 */
import type { NoticeScope } from '../../domain/notices/rules';
import {
  countsAsHousehold,
  groupHouseholds,
  householdKey,
  householdRecordId,
  marksHouseholdRead,
} from '../../domain/notices/households';
import { db } from '../_shared/cloud';
import { buildingDoc, userDoc, type BuildingDoc, type UserDoc } from '../_shared/models';
import { DB_PAGE, fetchDocs, findAll, findById } from '../_shared/records';
import { HOUSEHOLDS, householdDoc, type HouseholdDoc, type NoticeDoc } from './model';
import { countNotice } from '../_shared/stats/civic';

/** The buildings of a scope, in the caller's community (a few dozen at most). */
export async function buildingsOf(communityId: string, scope: NoticeScope): Promise<BuildingDoc[]> {
  const buildings = await findAll('buildings', { communityId }, buildingDoc);
  return buildings.filter(
    (b) => scope.kind === 'community' || (scope.kind === 'grid' ? b.gridId === scope.id : b._id === scope.id),
  );
}

/** Everyone who counts as a household member in these buildings, 100 a read by (communityId, buildingId, _id). */
export async function residentsOf(communityId: string, buildings: readonly BuildingDoc[]): Promise<UserDoc[]> {
  const _ = db().command;
  const out: UserDoc[] = [];
  for (const building of buildings) {
    let after = '';
    for (;;) {
      const where = { communityId, buildingId: building._id, ...(after ? { _id: _.gt(after) } : {}) };
      const docs = await fetchDocs(db().collection('users').where(where).orderBy('_id', 'asc').limit(DB_PAGE));
      for (const doc of docs) {
        const user = userDoc.parse(doc);
        if (countsAsHousehold(user)) out.push(user);
      }
      if (docs.length < DB_PAGE) break;
      after = String(docs[docs.length - 1]._id);
    }
  }
  return out;
}

/** One record per household the new notice reached, unread, written 100 at a time. */
export async function recordHouseholds(
  notice: NoticeDoc,
  residents: readonly UserDoc[],
  buildings: readonly BuildingDoc[],
): Promise<number> {
  const names = new Map(buildings.map((b) => [b._id, b.name]));
  const records: HouseholdDoc[] = groupHouseholds(residents, notice.posterId).map((h) => ({
    _id: householdRecordId(notice._id, h.key),
    noticeId: notice._id,
    communityId: notice.communityId,
    buildingId: h.buildingId,
    buildingName: names.get(h.buildingId) ?? '',
    room: h.room,
    memberIds: h.memberIds,
    read: false,
  }));
  for (let i = 0; i < records.length; i += DB_PAGE) {
    await db()
      .collection(HOUSEHOLDS)
      .add({ data: records.slice(i, i + DB_PAGE) });
  }
  return records.length;
}

/**
 * The reader's household has read the notice. A conditional update, so members opening it at once
 * mark it once; a household that came after the post (moved in, confirmed since) joins as read.
 * Not the poster's own opening, and not someone the notice does not reach as a household.
 */
export async function markHouseholdRead(notice: NoticeDoc, reader: UserDoc, inScope: boolean): Promise<void> {
  if (!inScope || !marksHouseholdRead(reader, notice)) return;
  const id = householdRecordId(notice._id, householdKey(reader));
  const now = new Date();
  const coll = db().collection(HOUSEHOLDS);
  const res = (await coll.where({ _id: id, read: false }).update({ data: { read: true, readAt: now } })) as {
    stats: { updated: number };
  };
  if (res.stats.updated === 1) return countNotice(notice, { noticeReads: 1 }); // 阅读率 (never throws)
  if (await findById(HOUSEHOLDS, id, householdDoc)) return;
  const building = await findById('buildings', reader.buildingId, buildingDoc);
  const record: Omit<HouseholdDoc, '_id'> = {
    noticeId: notice._id,
    communityId: notice.communityId,
    buildingId: reader.buildingId,
    buildingName: building?.name ?? '',
    room: reader.room.trim(),
    memberIds: [reader._id],
    read: true,
    readAt: now,
  };
  // set() upserts by id: two new members of one home opening at once still make one record.
  await coll.doc(id).set({ data: record });
  await countNotice(notice, { noticeHouseholds: 1, noticeReads: 1 }); // a household that came after the post
}
