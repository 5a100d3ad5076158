/** Helpers for the activities tests: publish, move an activity in time (as the clock would), read codes. */
import { data, type TestCloud } from './cloud';
import { signupIdFor } from '../../cloudfunctions/_shared/ids/activities';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

/** The demo community's people, 14 of them: enough to race for a few places. */
export const DEMO_C = [
  'demo-admin',
  'demo-grid-1',
  'demo-grid-2',
  'demo-party-1',
  'demo-party-2',
  'demo-party-3',
  'demo-leader-1',
  'demo-resident-1',
  'demo-resident-2',
  'demo-resident-3',
  'demo-property-1',
  'demo-dept-1',
  'demo-dept-2',
];

const MIN = 60_000;
export const minutesFromNow = (m: number) => new Date(Date.now() + m * MIN).toISOString();

export function activityInput(over: Record<string, unknown> = {}) {
  return {
    kind: 'activity',
    category: 'volunteer',
    title: '楼道清扫',
    startAt: minutesFromNow(10),
    endAt: minutesFromNow(70),
    place: '1号楼楼下',
    capacity: 5,
    points: 8,
    ...over,
  };
}

export async function publish(cloud: TestCloud, over: Record<string, unknown> = {}, as = 'demo-admin') {
  const res = data(await cloud.call('activities', as, { action: 'publish', activity: activityInput(over) }));
  return res.activity._id as string;
}

/** Moves the activity `minutes` into the past (start, end and deadline alike), as time passing would. */
export function shift(cloud: TestCloud, activityId: string, minutes: number): void {
  const [doc] = cloud.store.find('activities', { _id: activityId });
  if (!doc) throw new Error(`no activity ${activityId}`);
  const back = (d: unknown) => new Date(new Date(d as Date).getTime() - minutes * MIN);
  cloud.store.applyChanges([
    {
      coll: 'activities',
      key: activityId,
      before: doc,
      after: { ...doc, startAt: back(doc.startAt), endAt: back(doc.endAt), signUpBy: back(doc.signUpBy) },
    },
  ]);
  // The people's times move with it: they happened that long before now too.
  for (const s of cloud.store.find('activity_signups', { activityId })) {
    const after = { ...s };
    for (const k of ['signedAt', 'endAt', 'checkInAt', 'checkOutAt']) if (s[k]) after[k] = back(s[k]);
    cloud.store.applyChanges([{ coll: 'activity_signups', key: String(s._id), before: s, after }]);
  }
}

/** Moves a person's check-in `minutes` earlier, as if they had arrived that long ago. */
export function arrivedEarlier(cloud: TestCloud, activityId: string, openid: string, minutes: number): void {
  const key = signupIdFor(activityId, userIdFor(openid));
  const [doc] = cloud.store.find('activity_signups', { _id: key });
  if (!doc?.checkInAt) throw new Error('not checked in');
  const at = new Date(new Date(doc.checkInAt as Date).getTime() - minutes * MIN);
  cloud.store.applyChanges([{ coll: 'activity_signups', key, before: doc, after: { ...doc, checkInAt: at } }]);
}

export async function hostCode(cloud: TestCloud, activityId: string, as = 'demo-admin'): Promise<string> {
  return data(await cloud.call('activities', as, { action: 'code', activityId })).code;
}

export const signupOf = (cloud: TestCloud, activityId: string, openid: string) =>
  cloud.store.find('activity_signups', { _id: signupIdFor(activityId, userIdFor(openid)) })[0];
