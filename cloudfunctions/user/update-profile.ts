/**
 * profile.update: one's own name, phone, building and room. The building must be in one's community.
 * A new building or room is a claim: it waits for 认证 again (domain/residence.ts statusAfterEdit),
 * so setting someone else's address grants nothing. The name's search keys move with the name.
 */
import type { PublicUser } from '../../types/user';
import { statusAfterEdit } from '../../domain/residence';
import { loadCallerUser } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { notFound } from '../_shared/failure';
import { buildingDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { searchKeysOf } from '../_shared/search-keys';
import { ownView } from './view';

interface ProfileInput {
  name: string;
  phone: string;
  buildingId: string;
  room: string;
}

export async function updateProfile(input: ProfileInput): Promise<{ user: PublicUser; addressStatus: string }> {
  const user = await loadCallerUser();
  const building = await findById('buildings', input.buildingId, buildingDoc);
  if (!building || building.communityId !== user.communityId) throw notFound('楼栋');
  const addressStatus = statusAfterEdit(user, { buildingId: input.buildingId, room: input.room });
  const changes = {
    name: input.name,
    phone: input.phone,
    buildingId: input.buildingId,
    room: input.room,
    addressStatus,
  };
  await db()
    .collection('users')
    .doc(user._id)
    .update({ data: { ...changes, searchKeys: await searchKeysOf(input.name), updatedAt: db().serverDate() } });
  return { user: ownView({ ...user, ...changes }), addressStatus };
}
