/**
 * Recounting one month's meetings (by start, index community_starts), decisions (by when made,
 * index community_created) and notices (by when posted, index community_created, with each
 * notice's households and read households counted from index notice_read) through the facts of
 * domain/stats/civic-facts.ts. Functions do not import each other: the fields read are parsed here.
 */
import { z } from 'zod';
import { civicScopes, decisionFacts, meetingFacts, noticeFacts } from '../../domain/stats/civic-facts';
import type { Facts } from '../../domain/stats/order-facts';
import { MEETING_STEPS, MEETING_TYPES } from '../../types/meetings';
import { db } from '../_shared/cloud';
import { DB_PAGE, fetchDocs } from '../_shared/records';

const date = z.coerce.date();
const meeting = z.object({
  _id: z.string(),
  gridId: z.string().optional(),
  type: z.enum(MEETING_TYPES),
  step: z.enum(MEETING_STEPS),
  startsAt: date,
});
const decision = z.object({
  _id: z.string(),
  gridId: z.string().optional(),
  done: z.boolean(),
  dueAt: date,
  progress: z.array(z.object({ at: date, done: z.boolean() })),
  createdAt: date,
});
const notice = z.object({ _id: z.string(), createdAt: date });

type Add = (scopes: string[], facts: Facts) => void;

/** Every document of `coll` in the community with `field` in [from, to), newest first, by keyset. */
async function eachIn(
  coll: string,
  communityId: string,
  field: string,
  from: Date,
  to: Date,
  visit: (raw: Record<string, unknown>) => Promise<void> | void,
) {
  const _ = db().command;
  let cursor: { at: unknown; id: string } | null = null;
  for (;;) {
    const after = cursor
      ? _.or([{ [field]: _.lt(cursor.at) }, { [field]: cursor.at, _id: _.lt(cursor.id) }])
      : { [field]: _.lt(to) };
    const docs = await fetchDocs(
      db()
        .collection(coll)
        .where(_.and([{ communityId, [field]: _.gte(from) }, after]))
        .orderBy(field, 'desc')
        .orderBy('_id', 'desc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      await visit(raw);
      cursor = { at: raw[field], id: String(raw._id) };
    }
    if (docs.length < DB_PAGE) return;
  }
}

const countOf = async (where: Record<string, unknown>): Promise<number> =>
  ((await db().collection('notice_households').where(where).count()) as { total: number }).total;

export async function recountCivic(communityId: string, from: Date, to: Date, add: Add): Promise<void> {
  await eachIn('meetings', communityId, 'startsAt', from, to, (raw) => {
    const m = meeting.parse(raw);
    add(civicScopes(m.gridId), meetingFacts(m));
  });
  await eachIn('meeting_decisions', communityId, 'createdAt', from, to, (raw) => {
    const d = decision.parse(raw);
    add(civicScopes(d.gridId), decisionFacts(d));
  });
  await eachIn('notices', communityId, 'createdAt', from, to, async (raw) => {
    const n = notice.parse(raw);
    const [households, reads] = await Promise.all([
      countOf({ noticeId: n._id }),
      countOf({ noticeId: n._id, read: true }),
    ]);
    add(['all'], noticeFacts(households, reads));
  });
}
