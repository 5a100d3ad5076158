/**
 * The 认证 queue (issue 11 point 1). residents.pending: the claims waiting in the buildings the
 * caller leads (楼栋长) or anywhere in their community (admin), 20 a page. resident.verify: confirm
 * or reject one claim — exactly the building and room the verifier saw: the update is conditional
 * on them and on `pending`, so a claim changed meanwhile (or settled by another verifier) answers
 * CLAIM_CHANGED and nothing moves. Who may verify is asked of current grants on every call.
 */
import type { Page } from '../../types/envelope';
import type { PendingResident } from '../../types/user';
import { mayVerify, verifyScope } from '../../domain/residence';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, BY_ID, orderedBy, pageFrom } from '../_shared/cursor';
import { notFound, refusal } from '../_shared/failure';
import { buildingDoc, userDoc } from '../_shared/models';
import { fetchDocs, findAll, findById } from '../_shared/records';

const PAGE_SIZE = 20;

export async function listPending(input: { cursor?: string }): Promise<Page<PendingResident>> {
  const actor = await loadActor();
  const scope = verifyScope(actor);
  if (!('all' in scope) && scope.buildingIds.length === 0) throw refusal('NOT_VERIFIER');
  const _ = db().command;
  const conditions: object[] = [{ communityId: actor.communityId, addressStatus: 'pending' }];
  // A 楼栋长's own claim waits for an admin (domain/residence.ts mayVerify), so it is not in their queue.
  if (!('all' in scope)) conditions.push({ buildingId: _.in(scope.buildingIds), _id: _.neq(actor.userId) });
  if (input.cursor) conditions.push(afterCursor(input.cursor, BY_ID));
  const raw = await fetchDocs(orderedBy(db().collection('users').where(_.and(conditions)), BY_ID).limit(PAGE_SIZE + 1));
  const users = raw.map((d) => userDoc.parse(d));
  const buildings = await findAll('buildings', { communityId: actor.communityId }, buildingDoc);
  const names = new Map(buildings.map((b) => [b._id, b.name]));
  return pageFrom(users, PAGE_SIZE, BY_ID, (u) => ({
    _id: u._id,
    name: u.name,
    phone: u.phone,
    buildingId: u.buildingId,
    buildingName: names.get(u.buildingId) ?? '',
    room: u.room,
  }));
}

export async function verifyResident(input: {
  userId: string;
  buildingId: string;
  room: string;
  decision: 'confirm' | 'reject';
}): Promise<{ userId: string; addressStatus: 'confirmed' | 'rejected' }> {
  const actor = await loadActor();
  const target = await findById('users', input.userId, userDoc);
  if (!target || target.communityId !== actor.communityId) throw notFound('居民');
  if (!mayVerify(actor, { userId: target._id, buildingId: input.buildingId })) throw refusal('NOT_VERIFIER');
  const addressStatus = input.decision === 'confirm' ? 'confirmed' : 'rejected';
  const res = (await db()
    .collection('users')
    .where({
      _id: target._id,
      communityId: actor.communityId,
      buildingId: input.buildingId,
      room: input.room,
      addressStatus: 'pending',
    })
    .update({
      data: { addressStatus, addressCheckedBy: actor.userId, addressCheckedAt: db().serverDate() },
    })) as { stats: { updated: number } };
  if (res.stats.updated !== 1) throw refusal('CLAIM_CHANGED');
  return { userId: target._id, addressStatus };
}
