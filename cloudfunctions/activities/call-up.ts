/**
 * 召集令 push (issue 14): after an activity with a call-up is published (and whenever its host asks
 * again), a subscribe message goes to the community's confirmed 在职党员 whose 能力清单 has a wanted
 * skill, who have not signed up yet, and who allowed the message (notify.ts takes one consent each).
 * Round n reaches a person once (notice_sends), so a retried call sends nothing twice. Runs after
 * the change commits and never undoes it.
 */
import { SKILL_LABELS } from '../../types/skills';
import { db } from '../_shared/cloud';
import { confirmedMembers } from '../_shared/members';
import { notify, type Recipient } from '../_shared/notify';
import { DB_PAGE, fetchDocs } from '../_shared/records';
import { activityCallMessage } from '../_shared/work-templates';
import { SIGNUPS, type ActivityDoc } from './model';

/** The user ids of confirmed members with any of the wanted skills, each once. */
async function membersWithSkill(a: ActivityDoc): Promise<string[]> {
  const ids = new Set<string>();
  for (const skill of a.callUp?.skills ?? []) {
    for (const m of await confirmedMembers(a.communityId, skill)) ids.add(m.userId);
  }
  return [...ids];
}

async function openidsOf(userIds: string[], communityId: string): Promise<Recipient[]> {
  const _ = db().command;
  const out: Recipient[] = [];
  for (let i = 0; i < userIds.length; i += DB_PAGE) {
    const docs = await fetchDocs(
      db()
        .collection('users')
        .where({ _id: _.in(userIds.slice(i, i + DB_PAGE)) })
        .limit(DB_PAGE),
    );
    for (const d of docs) {
      if (d.communityId === communityId && typeof d.openid === 'string')
        out.push({ userId: String(d._id), openid: d.openid });
    }
  }
  return out;
}

async function signedUpIds(activityId: string, userIds: string[]): Promise<Set<string>> {
  const _ = db().command;
  const out = new Set<string>();
  for (let i = 0; i < userIds.length; i += DB_PAGE) {
    const docs = await fetchDocs(
      db()
        .collection(SIGNUPS)
        .where({ activityId, status: 'signed', userId: _.in(userIds.slice(i, i + DB_PAGE)) })
        .limit(DB_PAGE),
    );
    for (const d of docs) out.add(String(d.userId));
  }
  return out;
}

/** Sends round `round` of the activity's 召集令; answers how many messages went out. */
export async function sendCallUp(a: ActivityDoc, round: number): Promise<{ recipients: number; sent: number }> {
  if (!a.callUp) return { recipients: 0, sent: 0 };
  const members = await membersWithSkill(a);
  const already = await signedUpIds(a._id, members);
  const recipients = await openidsOf(
    members.filter((id) => !already.has(id)),
    a.communityId,
  );
  const skillLabel = a.callUp.skills.map((s) => SKILL_LABELS[s]).join('、');
  const message = activityCallMessage({ _id: a._id, title: a.title, startAt: a.startAt, skillLabel, round });
  const sent = await notify(a.communityId, recipients, message);
  return { recipients: recipients.length, sent };
}
