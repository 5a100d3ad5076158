/**
 * A meeting's topics, decisions and sign-ins, each read through its `meeting` index (meetingId, then
 * the time), in time order, 100 a read. A meeting holds tens of these, so skip-paging stays short.
 */
import type { z } from 'zod';
import { db } from '../_shared/cloud';
import { attendanceDoc, decisionDoc, meetingDoc, topicDoc } from '../_shared/meetings/model';
import { DB_PAGE, fetchDocs } from '../_shared/records';

/** More than any meeting holds: a 联席会议 of 500 matters still fits. */
const MAX_PER_MEETING = 2000;

async function ofMeeting<S extends z.ZodTypeAny>(
  collection: string,
  meetingId: string,
  timeField: string,
  schema: S,
): Promise<z.infer<S>[]> {
  const out: z.infer<S>[] = [];
  for (let skip = 0; skip < MAX_PER_MEETING; skip += DB_PAGE) {
    const docs = await fetchDocs(
      db().collection(collection).where({ meetingId }).orderBy(timeField, 'asc').skip(skip).limit(DB_PAGE),
    );
    out.push(...docs.map((d) => schema.parse(d)));
    if (docs.length < DB_PAGE) break;
  }
  return out;
}

export async function meetingParts(meetingId: string) {
  const [topics, decisions, attendance] = await Promise.all([
    ofMeeting('meeting_topics', meetingId, 'createdAt', topicDoc),
    ofMeeting('meeting_decisions', meetingId, 'createdAt', decisionDoc),
    ofMeeting('meeting_attendance', meetingId, 'at', attendanceDoc),
  ]);
  return { topics, decisions, attendees: attendance.map((a) => a.name) };
}

export { meetingDoc };
