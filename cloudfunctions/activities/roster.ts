/**
 * The host's roll (issue 14): who signed up, with their check-in and check-out, 20 a page by _id.
 * Names are shown to the host only (the publisher or a community admin): they need them to tick.
 */
import { ACTIVITY_LIMITS, type RosterRow } from '../../types/activities';
import type { Page } from '../../types/envelope';
import { db } from '../_shared/cloud';
import { afterCursor, BY_ID, orderedBy, pageFrom } from '../_shared/cursor';
import { fetchDocs } from '../_shared/records';
import { loadHosted } from './host';
import { SIGNUPS, signupDoc, signupView } from './model';

export async function roster(input: { activityId: string; cursor?: string }): Promise<Page<RosterRow>> {
  const { a } = await loadHosted(input.activityId);
  const _ = db().command;
  const conditions: object[] = [{ activityId: a._id, status: 'signed' }];
  if (input.cursor) conditions.push(afterCursor(input.cursor, BY_ID));
  const docs = await fetchDocs(
    orderedBy(db().collection(SIGNUPS).where(_.and(conditions)), BY_ID).limit(ACTIVITY_LIMITS.pageSize + 1),
  );
  return pageFrom(
    docs.map((d) => signupDoc.parse(d)),
    ACTIVITY_LIMITS.pageSize,
    BY_ID,
    (s) => ({ ...signupView(s), name: s.name }),
  );
}
