/** The host's actions start here: the caller, and the activity they may run (its publisher or an admin). */
import { mayHost } from '../../domain/activities/rules';
import { loadActor } from '../_shared/actor';
import { refusal } from '../_shared/failure';
import { loadActivity } from './model';

export async function loadHosted(activityId: string) {
  const actor = await loadActor();
  const a = await loadActivity(activityId, actor.communityId);
  if (!mayHost(actor, a)) throw refusal('ACTIVITY_NOT_HOST');
  return { actor, a };
}
