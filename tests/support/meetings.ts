/** Helpers for meeting tests: create a meeting and walk it to a step through the real function. */
import { data, type TestCloud } from './cloud';

export const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
/** Starts in 10 minutes: its sign-in is open (from 30 minutes before). */
export const soon = () => new Date(Date.now() + 10 * 60_000).toISOString();

export async function createMeeting(cloud: TestCloud, extra: object = {}, openid = 'demo-admin') {
  return data(
    await cloud.call('meetings', openid, {
      action: 'create',
      type: 'five_step',
      title: '小区停车难怎么办',
      startsAt: soon(),
      place: '社区议事厅',
      ...extra,
    }),
  ).meeting as { _id: string; step: string; gridId?: string };
}

export async function advance(cloud: TestCloud, meetingId: string, times: number, openid = 'demo-admin') {
  let meeting = { step: '' };
  for (let i = 0; i < times; i += 1)
    meeting = data(await cloud.call('meetings', openid, { action: 'advance', meetingId })).meeting;
  return meeting;
}

/** A topic proposed by `openid` to the meeting and accepted by the admin. */
export async function acceptedTopic(cloud: TestCloud, meetingId: string, openid = 'demo-resident-1') {
  const { topic } = data(
    await cloud.call('meetings', openid, {
      action: 'propose',
      meetingId,
      title: '增设充电桩',
      content: '电动车没处充电',
    }),
  );
  data(await cloud.call('meetings', 'demo-admin', { action: 'review', topicId: topic._id, accept: true }));
  return topic as { _id: string };
}

/** A five_step meeting on 协商议事 (step 3) with one accepted topic. */
export async function deliberating(cloud: TestCloud, extra: object = {}) {
  const meeting = await createMeeting(cloud, extra);
  const topic = await acceptedTopic(cloud, meeting._id);
  await advance(cloud, meeting._id, 2);
  return { meeting, topic };
}

/** The code on the host's screen now (demo-admin runs every meeting of the demo community). */
export async function signInCode(cloud: TestCloud, meetingId: string, host = 'demo-admin'): Promise<string> {
  return data(await cloud.call('meetings', host, { action: 'signInCode', meetingId })).code;
}

/** `openid` scans the host's current code. */
export async function attendByCode(cloud: TestCloud, openid: string, meetingId: string) {
  const code = await signInCode(cloud, meetingId);
  return cloud.call('meetings', openid, { action: 'attend', meetingId, code });
}
