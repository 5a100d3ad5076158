import { emptyPublish, hasErrors, publishFields, validatePublish } from '../../src/features/activities/form';

const now = new Date('2026-05-01T02:00:00Z'); // 10:00 China time

test('a filled draft becomes the event’s activity in China time, with its 召集令', () => {
  const d = { ...emptyPublish(now), title: ' 调解 ', place: '调解室', skill: 'mediation' as const, callCount: '3' };
  expect(hasErrors(validatePublish(d, now))).toBe(false);
  expect(publishFields(d)).toEqual({
    kind: 'activity',
    category: 'volunteer',
    title: '调解',
    startAt: '2026-05-02T09:00:00+08:00',
    endAt: '2026-05-02T11:00:00+08:00',
    place: '调解室',
    capacity: 20,
    points: 5,
    callUp: { skills: ['mediation'], count: 3 },
  });
});

test('says what is wrong under each field, with the function’s own time rules', () => {
  const d = { ...emptyPublish(now), start: '11:00', end: '10:00', capacity: '0', points: 'x', day: '2026-02-30' };
  const e = validatePublish(d, now);
  expect(e).toMatchObject({ title: '请填写标题', place: '请填写地点', day: '日期请写成 2025-03-04 这样' });
  expect(e.capacity).toContain('名额');
  expect(e.points).toBe('积分只能是整数');
  const later = validatePublish({ ...emptyPublish(now), title: 't', place: 'p', start: '11:00', end: '10:00' }, now);
  expect(later.end).toBe('结束时间须晚于开始时间');
  expect(publishFields({ ...emptyPublish(now), title: 't', place: 'p' }).callUp).toBeUndefined();
});
