/**
 * 议题落实: a meeting decision with an owner and a due day is followed up by order-timer. From the
 * start of the day before its due day the owner is told it is due soon; once its due day has passed,
 * that it is overdue — each once. The stage reached is kept on the decision (`dueNotified`) by a
 * conditional update, so of two runs at once only one tells; notify's `once` key guards retries too.
 * Query: open decisions by (done, dueAt, _id) — deploy/indexes.json `meeting_decisions.due_reminder`.
 */
import { z } from 'zod';
import { db } from '../_shared/cloud';
import { fetchDocs, findById, DB_PAGE } from '../_shared/records';
import { userDoc } from '../_shared/models';
import { notify } from '../_shared/notify';
import { decisionDueMessage, type DueStage } from '../_shared/work-templates';

/** The fields of a meeting decision (meetings/model.ts decisionDoc) the reminder reads. */
const dueDecision = z.object({
  _id: z.string(),
  communityId: z.string(),
  meetingId: z.string(),
  decision: z.string(),
  ownerId: z.string(),
  dueAt: z.coerce.date(),
  dueNotified: z.enum(['soon', 'overdue']).optional(),
});
type DueDecision = z.infer<typeof dueDecision>;

/** A decision's dueAt is the end of its due day (China time): "soon" starts a day before that day. */
const SOON_MS = 2 * 24 * 3600_000;

export function dueStage(dueAt: Date, now: Date): DueStage | null {
  if (now.getTime() > dueAt.getTime()) return 'overdue';
  if (now.getTime() >= dueAt.getTime() - SOON_MS) return 'soon';
  return null;
}

export async function remindDueDecisions(now: Date): Promise<{ reminded: number }> {
  const _ = db().command;
  let reminded = 0;
  // Keyset paging on _id: telling one changes whether it matches, so skip-paging would miss some.
  for (let lastId = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection('meeting_decisions')
        .where({
          done: false,
          dueAt: _.lt(new Date(now.getTime() + SOON_MS)),
          dueNotified: _.neq('overdue'),
          _id: _.gt(lastId),
        })
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const decision = dueDecision.parse(raw);
      lastId = decision._id;
      if (await remind(decision, now)) reminded += 1;
    }
    if (docs.length < DB_PAGE) break;
  }
  return { reminded };
}

async function remind(decision: DueDecision, now: Date): Promise<boolean> {
  const stage = dueStage(decision.dueAt, now);
  if (!stage || decision.dueNotified === stage) return false;
  const _ = db().command;
  const res = (await db()
    .collection('meeting_decisions')
    .where({ _id: decision._id, done: false, dueNotified: decision.dueNotified ?? _.exists(false) })
    .update({ data: { dueNotified: stage, updatedAt: now } })) as { stats: { updated: number } };
  if (res.stats.updated !== 1) return false;
  try {
    const owner = await findById('users', decision.ownerId, userDoc);
    if (!owner?.openid || owner.communityId !== decision.communityId) return true;
    await notify(
      decision.communityId,
      [{ userId: owner._id, openid: owner.openid }],
      decisionDueMessage(decision, stage),
    );
  } catch (error) {
    console.error(`[decisions-due] tell failed: ${String((error as { errCode?: unknown })?.errCode ?? 'unknown')}`);
  }
  return true;
}
