/**
 * The demo's meetings work as the README says, right after the seed: the meeting starting soon
 * takes a sign-in by the host's code, and last week's meeting has minutes to share.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { DEMO_MEETING_MINUTES, DEMO_MEETING_SOON } from '../../scripts/demo-meetings';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoMeetings: true });
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('meetings', openid, event);

it('周奶奶 signs in to the meeting starting soon with the code on 李书记’s screen', async () => {
  const before = data(await cloud.call('points', 'demo-resident-1', { action: 'balance' })).balance;
  const { code } = data(await call('demo-admin', { action: 'signInCode', meetingId: DEMO_MEETING_SOON }));
  const signed = data(await call('demo-resident-1', { action: 'attend', meetingId: DEMO_MEETING_SOON, code }));
  expect(signed.points).toBe(5);
  expect(signed.detail.attendees).toEqual([expect.objectContaining({ name: '周奶奶', via: 'code' })]);
  expect(data(await cloud.call('points', 'demo-resident-1', { action: 'balance' })).balance).toBe(before + 5);
});

it('last week’s meeting has minutes anyone of the community may open, and nobody outside it', async () => {
  const minutes = data(await call('demo-resident-3', { action: 'minutes', meetingId: DEMO_MEETING_MINUTES }));
  expect(minutes.meeting.title).toBe('小区停车难怎么办');
  expect(minutes.topics.map((t: { notes?: string }) => Boolean(t.notes))).toEqual([true, true]);
  expect(minutes.decisions).toHaveLength(2);
  expect(minutes.attendeeCount).toBe(2);
  expect(minutes.attendees).toEqual([]); // names only for whoever runs the meeting
  expect(await call('demo-resident-b', { action: 'minutes', meetingId: DEMO_MEETING_MINUTES })).toMatchObject({
    error: { code: 'NOT_FOUND' },
  });
});
