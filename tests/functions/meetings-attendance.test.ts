/**
 * Attendance needs presence (issue 11 point 9, issue 12 point 6): sign-in only from 30 minutes
 * before a meeting until it finishes, by the host's rotating code or the host's roll; points once,
 * however many scans and ticks race; the record says who attended and how.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { advance, attendByCode, createMeeting, signInCode } from '../support/meetings';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('meetings', openid, event);
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const pointsOf = (openid: string) =>
  cloud.store.count('point_entries', { userId: userIdFor(openid), area: 'deliberation' });

it('the attack of issue 12: signing in three days before a meeting earns nothing, by any path', async () => {
  const m = await createMeeting(cloud, { startsAt: hoursFromNow(72) });
  const before = pointsOf('demo-resident-1');
  // The old call (no code) is refused outright; any code is refused as not yet open.
  expect(await call('demo-resident-1', { action: 'attend', meetingId: m._id })).toMatchObject({
    error: { code: 'INVALID_ARGUMENT' },
  });
  expect(await call('demo-resident-1', { action: 'attend', meetingId: m._id, code: 'ABCDEF' })).toMatchObject({
    error: { code: 'FAILED_PRECONDITION', reason: 'SIGN_IN_NOT_OPEN' },
  });
  // Not even the host can produce a code or tick the roll before the window opens.
  expect(await call('demo-admin', { action: 'signInCode', meetingId: m._id })).toMatchObject({
    error: { reason: 'SIGN_IN_NOT_OPEN' },
  });
  expect(
    await call('demo-admin', { action: 'roll', meetingId: m._id, userId: userIdFor('demo-resident-1') }),
  ).toMatchObject({ error: { reason: 'SIGN_IN_NOT_OPEN' } });
  expect(cloud.store.count('meeting_attendance', { meetingId: m._id })).toBe(0);
  expect(pointsOf('demo-resident-1')).toBe(before);
  expect(data(await call('demo-resident-1', { action: 'get', meetingId: m._id })).attendeeCount).toBe(0);
});

it('opens 30 minutes before the start: 20 minutes ahead takes a sign-in, 40 minutes ahead does not', async () => {
  const early = await createMeeting(cloud, { startsAt: hoursFromNow(40 / 60) });
  const near = await createMeeting(cloud, { startsAt: hoursFromNow(20 / 60) });
  expect(await call('demo-admin', { action: 'signInCode', meetingId: early._id })).toMatchObject({
    error: { reason: 'SIGN_IN_NOT_OPEN' },
  });
  expect(data(await attendByCode(cloud, 'demo-resident-2', near._id)).points).toBe(5);
});

it('closes when the meeting finishes: on its follow-up step, or once its day is over', async () => {
  const m = await createMeeting(cloud);
  const code = await signInCode(cloud, m._id);
  await advance(cloud, m._id, 4); // 议题落实: the sitting is over
  expect(await call('demo-resident-1', { action: 'attend', meetingId: m._id, code })).toMatchObject({
    error: { reason: 'SIGN_IN_CLOSED' },
  });
  const yesterday = await createMeeting(cloud, { startsAt: hoursFromNow(-30) });
  expect(await call('demo-admin', { action: 'signInCode', meetingId: yesterday._id })).toMatchObject({
    error: { reason: 'SIGN_IN_CLOSED' },
  });
  expect(cloud.store.count('meeting_attendance', { meetingId: m._id })).toBe(0);
});

it('a wrong code, or another meeting’s code, signs nobody in', async () => {
  const m = await createMeeting(cloud);
  const other = await createMeeting(cloud, { title: '另一场' });
  const otherCode = await signInCode(cloud, other._id);
  const right = await signInCode(cloud, m._id);
  const wrong = right === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
  for (const code of [wrong, otherCode === right ? wrong : otherCode]) {
    expect(await call('demo-resident-1', { action: 'attend', meetingId: m._id, code })).toMatchObject({
      error: { code: 'FAILED_PRECONDITION', reason: 'SIGN_IN_CODE_WRONG' },
    });
  }
  expect(await call('demo-resident-1', { action: 'attend', meetingId: m._id, code: 'abc' })).toMatchObject({
    error: { code: 'INVALID_ARGUMENT' },
  });
  expect(cloud.store.count('meeting_attendance', { meetingId: m._id })).toBe(0);
  // The meeting's secret never leaves the functions.
  const shown = JSON.stringify(data(await call('demo-admin', { action: 'get', meetingId: m._id })));
  expect(shown).not.toContain(cloud.store.find('meetings', { _id: m._id })[0].signInSecret);
});

it('racing scans and roll ticks for one person attend once and earn once', async () => {
  const m = await createMeeting(cloud);
  const code = await signInCode(cloud, m._id);
  const person = userIdFor('demo-leader-1');
  const before = pointsOf('demo-leader-1');
  const taps = await Promise.all([
    ...Array.from({ length: 8 }, () => call('demo-leader-1', { action: 'attend', meetingId: m._id, code })),
    ...Array.from({ length: 4 }, () => call('demo-admin', { action: 'roll', meetingId: m._id, userId: person })),
  ]);
  expect(taps.every((t) => t.ok)).toBe(true);
  expect(taps.reduce((sum, t) => sum + data(t).points, 0)).toBe(5);
  expect(cloud.store.count('meeting_attendance', { meetingId: m._id })).toBe(1);
  expect(pointsOf('demo-leader-1')).toBe(before + 1);
});

it('the host ticks the roll for people of the meeting’s scope only; the record shows who and how', async () => {
  const m = await createMeeting(cloud, { gridId: 'g-demo-1' });
  data(await call('demo-grid-1', { action: 'roll', meetingId: m._id, userId: userIdFor('demo-resident-2') }));
  data(await attendByCode(cloud, 'demo-resident-1', m._id));
  // demo-resident-3 lives in grid 2: not of this meeting.
  expect(
    await call('demo-grid-1', { action: 'roll', meetingId: m._id, userId: userIdFor('demo-resident-3') }),
  ).toMatchObject({ error: { reason: 'ATTENDEE_OUT_OF_SCOPE' } });
  expect(
    await call('demo-resident-1', { action: 'roll', meetingId: m._id, userId: userIdFor('demo-resident-2') }),
  ).toMatchObject({ error: { code: 'PERMISSION_DENIED' } });
  const roll = data(await call('demo-grid-1', { action: 'get', meetingId: m._id }));
  expect(roll.attendees.map((a: { name: string; via: string }) => `${a.name}:${a.via}`).sort()).toEqual(
    ['周奶奶:code', `${cloud.store.find('users', { _id: userIdFor('demo-resident-2') })[0].name}:roll`].sort(),
  );
  // The roll list is one building of the meeting's grid at a time, with who has signed in.
  const b1 = data(await call('demo-grid-1', { action: 'rollPeople', meetingId: m._id, buildingId: 'b-demo-1-1' }));
  expect(b1.items).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ userId: userIdFor('demo-resident-1'), signedIn: true }),
      expect.objectContaining({ userId: userIdFor('demo-resident-2'), signedIn: true }),
    ]),
  );
  expect(b1.items.find((p: { userId: string }) => p.userId === userIdFor('demo-leader-1'))).toMatchObject({
    signedIn: false,
  });
  expect(await call('demo-grid-1', { action: 'rollPeople', meetingId: m._id, buildingId: 'b-demo-2-1' })).toMatchObject(
    { error: { reason: 'ATTENDEE_OUT_OF_SCOPE' } },
  );
  // A resident sees how many, and only their own name.
  const mine = data(await call('demo-resident-1', { action: 'get', meetingId: m._id }));
  expect(mine.attendeeCount).toBe(2);
  expect(mine.attendees.map((a: { userId: string }) => a.userId)).toEqual([userIdFor('demo-resident-1')]);
});
