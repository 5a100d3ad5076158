/**
 * 一键提醒 (poster while they hold the role, and admins): one subscribe message to each member of
 * every household that has not opened the notice, through the usual path (_shared/notify.ts: only
 * those who accepted a 楼栋通知 message get one, and each send uses up one acceptance). At most
 * once an hour a notice: the stamp is taken by a conditional update first, so two taps at once
 * send once. The poster is never reminded of their own notice.
 */
import { mayRemindAt, REMIND_INTERVAL_MS } from '../../domain/notices/households';
import type { RemindResult } from '../../types/notices';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { refusal } from '../_shared/failure';
import { notify, type Recipient } from '../_shared/notify';
import { DB_PAGE, fetchDocs } from '../_shared/records';
import { noticeReminderMessage } from '../_shared/templates';
import { userDoc } from '../_shared/models';
import { countsAsHousehold } from '../../domain/notices/households';
import { HOUSEHOLDS, householdDoc, NOTICES, type NoticeDoc } from './model';
import { loadFollowed } from './readers';

/** Households read per reminder at most: a building of 5,000 homes is far beyond any we know of. */
const MAX_HOUSEHOLDS = 5_000;

export async function remindUnread(input: { noticeId: string }): Promise<RemindResult> {
  const actor = await loadActor();
  const notice = await loadFollowed(input.noticeId, actor, '只有发布人和社区管理员可以提醒未读住户');
  const now = new Date();
  if (!mayRemindAt(notice.remindedAt, now) || !(await stampReminder(notice, now))) throw refusal('REMIND_TOO_SOON');
  const { households, memberIds } = await unreadMembers(notice._id);
  const recipients = await recipientsAmong(memberIds, notice);
  const sent = await notify(notice.communityId, recipients, noticeReminderMessage(notice, now));
  return { sent, households };
}

/** Takes the hour's reminder: false when another tap took it first. */
async function stampReminder(notice: NoticeDoc, now: Date): Promise<boolean> {
  const _ = db().command;
  const res = (await db()
    .collection(NOTICES)
    .where(
      _.and([
        { _id: notice._id },
        _.or([{ remindedAt: _.exists(false) }, { remindedAt: _.lte(new Date(now.getTime() - REMIND_INTERVAL_MS)) }]),
      ]),
    )
    .update({ data: { remindedAt: now } })) as { stats: { updated: number } };
  return res.stats.updated === 1;
}

async function unreadMembers(noticeId: string): Promise<{ households: number; memberIds: string[] }> {
  const _ = db().command;
  const memberIds: string[] = [];
  let households = 0;
  let after = '';
  while (households < MAX_HOUSEHOLDS) {
    const where = { noticeId, read: false, ...(after ? { _id: _.gt(after) } : {}) };
    const docs = await fetchDocs(db().collection(HOUSEHOLDS).where(where).orderBy('_id', 'asc').limit(DB_PAGE));
    for (const doc of docs) memberIds.push(...householdDoc.parse(doc).memberIds);
    households += docs.length;
    if (docs.length < DB_PAGE) break;
    after = String(docs[docs.length - 1]._id);
  }
  return { households, memberIds };
}

/** The members as they are now: still in the community and counted, never the poster. */
async function recipientsAmong(memberIds: string[], notice: NoticeDoc): Promise<Recipient[]> {
  const _ = db().command;
  const out: Recipient[] = [];
  for (let i = 0; i < memberIds.length; i += DB_PAGE) {
    const ids = memberIds.slice(i, i + DB_PAGE);
    const docs = await fetchDocs(
      db()
        .collection('users')
        .where({ _id: _.in(ids) })
        .limit(ids.length),
    );
    for (const doc of docs) {
      const user = userDoc.parse(doc);
      if (user.communityId !== notice.communityId || user._id === notice.posterId || !countsAsHousehold(user)) continue;
      if (user.openid) out.push({ userId: user._id, openid: user.openid });
    }
  }
  return out;
}
