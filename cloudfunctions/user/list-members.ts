/**
 * members.list: the people of the admin's community, 20 a page, for 人员管理 (roles and scopes).
 * With `q`, only those whose name, its pinyin or its initials start with it (user/search-keys.ts):
 * one equality on the indexed `searchKeys`, still paged by `_id`.
 * Admins need phones and rooms to reach people, so they see them in full.
 */
import type { Page } from '../../types/envelope';
import type { Member } from '../../types/user';
import { isCommunityAdmin } from '../../domain/actor';
import { addressStatusOf } from '../../domain/residence';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, BY_ID, orderedBy, pageFrom } from '../_shared/cursor';
import { refusal } from '../_shared/failure';
import { userDoc, type UserDoc } from '../_shared/models';
import { fetchDocs } from '../_shared/records';
import { normaliseQuery } from '../_shared/search-keys';

const PAGE_SIZE = 20;

export function memberView(user: UserDoc): Member {
  return {
    _id: user._id,
    name: user.name,
    phone: user.phone,
    buildingId: user.buildingId,
    room: user.room,
    roles: user.grants,
    addressStatus: addressStatusOf(user),
  };
}

/** Ordered by `_id` alone, so the cursor is the last `_id` of the previous page: stable while people join. */
export async function listMembers(input: { cursor?: string; q?: string }): Promise<Page<Member>> {
  const actor = await loadActor();
  if (!isCommunityAdmin(actor)) throw refusal('NOT_ADMIN', '只有社区管理员可以查看人员名单');
  const _ = db().command;
  const conditions: object[] = [{ communityId: actor.communityId }];
  const q = input.q ? normaliseQuery(input.q) : '';
  if (q) conditions.push({ searchKeys: q });
  if (input.cursor) conditions.push(afterCursor(input.cursor, BY_ID));
  const raw = await fetchDocs(orderedBy(db().collection('users').where(_.and(conditions)), BY_ID).limit(PAGE_SIZE + 1));
  return pageFrom(
    raw.map((d) => userDoc.parse(d)),
    PAGE_SIZE,
    BY_ID,
    memberView,
  );
}
