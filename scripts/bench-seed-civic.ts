/**
 * The notices and meetings part of the bench's data (bench-seed.ts has the rest and the rules):
 * notices with read receipts and household records, finished meetings with published decisions, built from the stored-record
 * schemas of cloudfunctions/notices and cloudfunctions/meetings.
 */
import { DEMO_PEOPLE } from '../types/demo';
import { scopeKey } from '../domain/notices/rules';
import { groupHouseholds, householdKey, householdRecordId } from '../domain/notices/households';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { noticeDoc, personalId, type NoticeDoc } from '../cloudfunctions/notices/model';
import { decisionDoc, meetingDoc } from '../cloudfunctions/meetings/model';
import { DAY, insertInBatches, type BulkTarget, type Resident } from './bench-util';

const person = (openid: string) => DEMO_PEOPLE.find((p) => p.openid === openid)!;

/**
 * Notices to 1号楼 and to the community, each read by 100 residents (1号楼's own for its notices).
 * As many 1号楼 notices as fit in about `reads` records carry their household records (one per
 * home of 1号楼: 250 at the small size, 2,500 at the large), read where a member read; the first is
 * the notice the bench follows up. Community notices carry none (ten thousand homes each would
 * dwarf the rest of the data); 阅读情况's cost is the same whatever the scope.
 */
export function seedNotices(
  store: BulkTarget,
  reads: number,
  people: Resident[],
  random: () => number,
  now: Date,
): { noticeId: string; readersCursor: string } {
  const admin = person('demo-admin');
  const leader = person('demo-leader-1');
  const count = Math.max(1, Math.floor(reads / 100));
  const notices: NoticeDoc[] = [];
  for (let i = 0; i < count; i += 1) {
    // Every third is 1号楼's (demo-leader-1 posts there; 周奶奶 lives there), the rest community-wide.
    const building = i % 3 === 0;
    const scope = building
      ? { kind: 'building' as const, id: 'b-demo-1-1', gridId: 'g-demo-1' }
      : { kind: 'community' as const, id: 'c-demo' };
    notices.push(
      noticeDoc.parse({
        _id: `bench-notice-${i}`,
        communityId: 'c-demo',
        scope,
        scopeKey: scopeKey(scope),
        scopeLabel: building ? '1号楼' : '示范社区',
        kind: 'notice',
        title: `停水通知 ${i}`,
        content: '因管道检修，明日 9:00–12:00 停水，请提前储水。',
        signupCount: 0,
        posterId: userIdFor(building ? leader.openid : admin.openid),
        posterName: building ? leader.name : admin.name,
        createdAt: new Date(now.getTime() - Math.floor(random() * 365 * DAY)),
      }),
    );
  }
  insertInBatches(store, 'notices', notices as unknown as Record<string, unknown>[]);
  const inBuilding = people.filter((p) => p.buildingId === 'b-demo-1-1');
  const receipts: Record<string, unknown>[] = [];
  const readersOf = new Map<string, Resident[]>();
  for (const [n, notice] of notices.entries()) {
    const pool = notice.scope.kind === 'building' ? inBuilding : people;
    const readers = Array.from({ length: 100 }, (_, k) => pool[(n * 37 + k) % pool.length]);
    readersOf.set(notice._id, readers);
    for (const [k, reader] of readers.entries()) {
      receipts.push({
        _id: personalId(notice._id, reader._id),
        noticeId: notice._id,
        userId: reader._id,
        communityId: 'c-demo',
        at: new Date(notice.createdAt.getTime() + (k + 1) * 60_000),
      });
    }
  }
  insertInBatches(store, 'notice_reads', receipts);
  const followed = notices
    .filter((n) => n.scope.kind === 'building')
    .slice(0, Math.max(1, Math.floor(reads / inBuilding.length)));
  let readersCursor = '';
  for (const notice of followed) {
    const read = new Set(readersOf.get(notice._id)!.map((r) => householdKey(r)));
    const records = groupHouseholds(inBuilding, notice.posterId).map((h) => ({
      _id: householdRecordId(notice._id, h.key),
      noticeId: notice._id,
      communityId: 'c-demo',
      buildingId: h.buildingId,
      buildingName: '1号楼',
      room: h.room,
      memberIds: h.memberIds,
      read: read.has(h.key),
      ...(read.has(h.key) ? { readAt: notice.createdAt } : {}),
    }));
    insertInBatches(store, 'notice_households', records);
    if (notice === notices[0]) {
      const unread = records.filter((r) => !r.read);
      readersCursor = unread[Math.floor(unread.length / 2)]._id;
    }
  }
  return { noticeId: notices[0]._id, readersCursor }; // a 1号楼 notice: 周奶奶 may open it, demo-leader-1 follows it up
}

/** Finished meetings of both grids and the community, each with two published decisions. */
export function seedMeetings(store: BulkTarget, count: number, random: () => number, now: Date): string {
  const host = person('demo-admin');
  const meetings: Record<string, unknown>[] = [];
  const decisions: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i += 1) {
    const gridId = ['g-demo-1', 'g-demo-2', ''][i % 3];
    const startsAt = new Date(now.getTime() - Math.floor(random() * 365 * DAY));
    const meeting = meetingDoc.parse({
      _id: `bench-meeting-${i}`,
      communityId: 'c-demo',
      ...(gridId ? { gridId } : {}),
      gridKey: gridId,
      type: 'five_step',
      title: `居民议事会 第${i}次`,
      startsAt,
      place: '社区活动室',
      hostId: userIdFor(host.openid),
      hostName: host.name,
      step: 'finished',
      publishedAt: startsAt,
      createdAt: startsAt,
      updatedAt: startsAt,
    });
    meetings.push(meeting);
    for (let k = 0; k < 2; k += 1) {
      decisions.push(
        decisionDoc.parse({
          _id: `bench-decision-${i}-${k}`,
          communityId: 'c-demo',
          ...(gridId ? { gridId } : {}),
          gridKey: gridId,
          meetingId: meeting._id,
          meetingTitle: meeting.title,
          topicId: `bench-topic-${i}-${k}`,
          topicTitle: `加装楼道扶手 ${k}`,
          decision: '同意，由物业在两周内完成',
          ownerId: userIdFor('demo-property-1'),
          ownerName: person('demo-property-1').name,
          dueDate: new Date(startsAt.getTime() + 14 * DAY).toISOString().slice(0, 10),
          dueAt: new Date(startsAt.getTime() + 14 * DAY),
          published: true,
          publishedAt: startsAt,
          done: k === 0,
          progress: [],
          createdAt: startsAt,
          updatedAt: startsAt,
        }),
      );
    }
  }
  insertInBatches(store, 'meetings', meetings);
  insertInBatches(store, 'meeting_decisions', decisions);
  return String(meetings[0]._id);
}
