/**
 * Subscribe messages (订阅消息). WeChat's one-time subscriptions are consumed one per send, so we
 * keep, per user, how many of each kind they have accepted (`notice_subscriptions`, _id = userId,
 * `counts.<kind>`), take one with a conditional update before each send, and send only then.
 *
 * Callers send AFTER their change has committed, and nothing here ever throws: a failed send is
 * logged with its code only (never the content or the openid) and the change stays as it is.
 *
 * A message with a `once` key (the workers' messages: order + kind + stage) goes to a person at most
 * once: after taking a subscription, the send claims `notice_sends/<once>:<userId>` (an insert on a
 * derived id); a retried or overlapping call finds it taken, gives the subscription back and sends
 * nothing. So a retry, or two timer runs at once, never sends twice nor uses up a second consent.
 */
import type { SubscribeKind } from '../../types/notices';
import { db, openapi } from './cloud';
import type { Message } from './templates';
import { templateIdsFor } from './templates';
import { userDoc } from './models';
import { DB_PAGE, fetchDocs, findById } from './records';

export const SUBSCRIPTIONS = 'notice_subscriptions';
export const SENDS = 'notice_sends';
/** Sends in flight at once for one post (WeChat rate-limits per app). */
const SEND_BATCH = 10;

export interface Recipient {
  userId: string;
  openid: string;
}

type Updated = { stats: { updated: number } };

/** Records that the user accepted one more message of each kind (after requestSubscribeMessage). */
export async function addSubscriptions(user: { _id: string; communityId: string }, kinds: SubscribeKind[]) {
  const _ = db().command;
  const coll = db().collection(SUBSCRIPTIONS);
  const increments = Object.fromEntries(kinds.map((k) => [`counts.${k}`, _.inc(1)]));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const res = (await coll
      .where({ _id: user._id })
      .update({ data: { ...increments, updatedAt: new Date() } })) as Updated;
    if (res.stats.updated === 1) return;
    try {
      const counts = Object.fromEntries(kinds.map((k) => [k, 1]));
      await coll.add({ data: { _id: user._id, communityId: user.communityId, counts, updatedAt: new Date() } });
      return;
    } catch (error) {
      // Two first subscriptions at once: the other one created it; go round and increment.
      if ((error as { errCode?: unknown })?.errCode !== -502001) throw error;
    }
  }
}

/** Takes one accepted subscription of `kind`; false when the user has none left. */
async function consume(userId: string, kind: SubscribeKind): Promise<boolean> {
  const _ = db().command;
  const res = (await db()
    .collection(SUBSCRIPTIONS)
    .where({ _id: userId, [`counts.${kind}`]: _.gt(0) })
    .update({ data: { [`counts.${kind}`]: _.inc(-1) } })) as Updated;
  return res.stats.updated === 1;
}

/** Gives back a subscription taken for a message this person already had. */
async function giveBack(userId: string, kind: SubscribeKind): Promise<void> {
  await db()
    .collection(SUBSCRIPTIONS)
    .where({ _id: userId })
    .update({ data: { [`counts.${kind}`]: db().command.inc(1) } });
}

/** Claims the one send of a `once` message to this person; false when it was already sent. */
async function claimOnce(once: string, userId: string, kind: SubscribeKind): Promise<boolean> {
  try {
    await db()
      .collection(SENDS)
      .add({ data: { _id: `${once}:${userId}`, userId, kind, at: new Date() } });
    return true;
  } catch (error) {
    if ((error as { errCode?: unknown })?.errCode === -502001) return false;
    throw error;
  }
}

/**
 * Those of the recipients who have a subscription of `kind` left: one read per 100 (by _id), so a
 * grid of many takers costs a write only for those who said yes. consume() still decides each.
 */
async function withSubscription(recipients: Recipient[], kind: SubscribeKind): Promise<Recipient[]> {
  const _ = db().command;
  const out: Recipient[] = [];
  for (let i = 0; i < recipients.length; i += DB_PAGE) {
    const batch = recipients.slice(i, i + DB_PAGE);
    const docs = await fetchDocs(
      db()
        .collection(SUBSCRIPTIONS)
        .where({ _id: _.in(batch.map((r) => r.userId)), [`counts.${kind}`]: _.gt(0) })
        .limit(DB_PAGE),
    );
    const ids = new Set(docs.map((d) => String(d._id)));
    out.push(...batch.filter((r) => ids.has(r.userId)));
  }
  return out;
}

/** Sends `message` to each recipient who has a subscription for it. Never throws. */
export async function notify(communityId: string, recipients: Recipient[], message: Message): Promise<number> {
  let sent = 0;
  try {
    const willing = await withSubscription(recipients, message.kind);
    if (willing.length === 0) return 0;
    const templateIds = await templateIdsFor(communityId);
    for (let i = 0; i < willing.length; i += SEND_BATCH) {
      const batch = willing.slice(i, i + SEND_BATCH);
      const results = await Promise.all(batch.map((r) => sendOne(r, templateIds[message.kind], message)));
      sent += results.filter(Boolean).length;
    }
  } catch (error) {
    logFailure(message.kind, error);
  }
  return sent;
}

/** The one person an order belongs to; nothing happens if they are gone or not subscribed. */
export async function notifyUser(communityId: string, userId: string, message: Message): Promise<number> {
  try {
    const user = await findById('users', userId, userDoc);
    if (!user || user.communityId !== communityId || !user.openid) return 0;
    return await notify(communityId, [{ userId, openid: user.openid }], message);
  } catch (error) {
    logFailure(message.kind, error);
    return 0;
  }
}

async function sendOne(recipient: Recipient, templateId: string, message: Message): Promise<boolean> {
  try {
    if (!(await consume(recipient.userId, message.kind))) return false;
    if (message.once && !(await claimOnce(message.once, recipient.userId, message.kind))) {
      await giveBack(recipient.userId, message.kind);
      return false;
    }
    await openapi().subscribeMessage.send({
      touser: recipient.openid,
      templateId,
      page: message.page,
      data: message.data,
      miniprogramState: process.env.MINIPROGRAM_STATE ?? 'formal',
    });
    return true;
  } catch (error) {
    logFailure(message.kind, error);
    return false;
  }
}

function logFailure(kind: string, error: unknown): void {
  const code = (error as { errCode?: unknown })?.errCode ?? (error as Error)?.name ?? 'unknown';
  console.error(`[notify] ${kind} send failed: ${String(code)}`);
}
