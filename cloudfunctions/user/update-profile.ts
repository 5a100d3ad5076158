/** profile.update: one's own name, phone, building and room. The building must be in one's community. */
import type { PublicUser } from '../../types/user';
import { loadCallerUser } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { notFound } from '../_shared/failure';
import { buildingDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { ownView } from './view';

interface ProfileInput {
  name: string;
  phone: string;
  buildingId: string;
  room: string;
}

export async function updateProfile(input: ProfileInput): Promise<{ user: PublicUser }> {
  const user = await loadCallerUser();
  const building = await findById('buildings', input.buildingId, buildingDoc);
  if (!building || building.communityId !== user.communityId) throw notFound('楼栋');
  const changes = { name: input.name, phone: input.phone, buildingId: input.buildingId, room: input.room };
  await db()
    .collection('users')
    .doc(user._id)
    .update({ data: { ...changes, updatedAt: db().serverDate() } });
  return { user: ownView({ ...user, ...changes }) };
}
