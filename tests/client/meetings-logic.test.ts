/** 议事 pure modules: which buttons per role and step, step display, and the forms' checks. */
import { STEP_TABLE, FINISHED_ROW, type MeetingDetail, type MeetingStep, type MeetingType } from '../../types/meetings';
import type { RoleGrant } from '../../types/roles';
import { MEETING_STEPS, MEETING_TYPES } from '../../types/meetings';
import { stepAllows, stepOpen, type StepAction } from '../../domain/meetings/steps';
import { actorOf, type Actor } from '../../domain/actor';
import { chinaDay } from '../../domain/china-time';
import { decisionFlag, mayRun, meetingActions } from '../../src/features/meetings/actions';
import { splitByStep, stepDisplay, stepLine } from '../../src/features/meetings/steps';
import {
  createFields,
  emptyCreate,
  hasErrors,
  validateCreate,
  validateDecide,
  emptyDecide,
  decideFields,
  orderPlaceChoices,
} from '../../src/features/meetings/forms';

const C = 'c1';
const admin: RoleGrant[] = [{ role: 'community_admin', scope: { communityId: C } }];
const worker: RoleGrant[] = [{ role: 'grid_worker', scope: { gridId: 'g1' } }];
const resident: RoleGrant[] = [{ role: 'resident', scope: { communityId: C } }];
/** A viewer as the pages build one from `user.login`. */
const viewer = (userId: string, roles: RoleGrant[]): Actor =>
  actorOf({ _id: userId, name: userId, buildingId: '' }, roles, C);

function detail(
  type: MeetingType,
  step: MeetingStep,
  extra: Partial<MeetingDetail> = {},
  gridId?: string,
): MeetingDetail {
  const steps = [...STEP_TABLE[type], FINISHED_ROW].map((r) => ({ step: r.step, label: r.label }));
  return {
    meeting: {
      _id: 'm1',
      type,
      typeLabel: '五步议事法',
      title: '停车难',
      startsAt: '2025-03-04T07:00:00.000Z',
      place: '议事厅',
      hostName: '李书记',
      step,
      stepLabel: steps.find((s) => s.step === step)?.label ?? '',
      steps,
      createdAt: '2025-03-01T00:00:00.000Z',
      ...(gridId ? { gridId } : {}),
    },
    topics: [],
    decisions: [],
    attendees: [],
    attendeeCount: 0,
    ...extra,
  };
}

const decision = (over: object = {}) => ({
  _id: 'd1',
  meetingId: 'm1',
  meetingTitle: '停车难',
  topicId: 't1',
  topicTitle: '充电桩',
  decision: '加装',
  ownerId: 'u-wang',
  ownerName: '王',
  dueDate: '2025-03-20',
  published: false,
  done: false,
  overdue: false,
  progress: [],
  ...over,
});

/** Ten minutes into the meeting of `detail` (starts 2025-03-04T07:00Z): sign-in is open. */
const DURING = new Date('2025-03-04T07:10:00Z');
const THREE_DAYS_BEFORE = new Date('2025-03-01T07:00:00Z');

test('a resident signs in while the meeting sits, proposes while it collects, reads the minutes from deliberation on', () => {
  const me = viewer('u1', resident);
  expect(meetingActions(detail('five_step', 'collect'), me, DURING)).toEqual(['attend', 'propose']);
  expect(meetingActions(detail('five_step', 'review'), me, DURING)).toEqual(['attend', 'propose']);
  expect(meetingActions(detail('five_step', 'deliberate'), me, DURING)).toEqual(['attend', 'minutes']);
  const signed = detail('five_step', 'deliberate', { attendees: [{ userId: 'u1', name: '周', at: '' }] });
  expect(meetingActions(signed, me, DURING)).toEqual(['minutes']);
  expect(meetingActions(detail('five_step', 'finished'), me, DURING)).toEqual(['minutes']);
});

test('no sign-in three days before (issue 12): neither the attendee’s button nor the host’s code and roll', () => {
  expect(meetingActions(detail('five_step', 'collect'), viewer('u1', resident), THREE_DAYS_BEFORE)).toEqual([
    'propose',
  ]);
  expect(meetingActions(detail('five_step', 'collect'), viewer('a1', admin), THREE_DAYS_BEFORE)).toEqual([
    'propose',
    'advance',
  ]);
  // Nor once the sitting is over (议题落实).
  expect(meetingActions(detail('five_step', 'implement'), viewer('u1', resident), DURING)).not.toContain('attend');
});

test('the admin runs a five_step meeting: code and roll while it sits, record and decide from 协商议事, publish from 公布决策', () => {
  const me = viewer('a1', admin);
  expect(meetingActions(detail('five_step', 'collect'), me, DURING)).toEqual([
    'attend',
    'propose',
    'showCode',
    'roll',
    'advance',
  ]);
  expect(meetingActions(detail('five_step', 'deliberate'), me, DURING)).toEqual([
    'attend',
    'minutes',
    'showCode',
    'roll',
    'record',
    'decide',
    'advance',
  ]);
  expect(meetingActions(detail('five_step', 'publish', { decisions: [decision()] }), me, DURING)).toEqual([
    'attend',
    'minutes',
    'showCode',
    'roll',
    'record',
    'decide',
    'publish',
    'progress',
    'advance',
  ]);
  // Published, every decision public: nothing left to publish.
  const published = detail('five_step', 'implement', { decisions: [decision({ published: true })] });
  published.meeting.publishedAt = '2025-03-05T00:00:00.000Z';
  expect(meetingActions(published, me, DURING)).not.toContain('publish');
  // Finished: the minutes, and progress reports on decisions not yet done.
  expect(meetingActions(detail('five_step', 'finished', { decisions: [decision()] }), me, DURING)).toEqual([
    'minutes',
    'progress',
  ]);
  expect(
    meetingActions(detail('five_step', 'finished', { decisions: [decision({ done: true })] }), me, DURING),
  ).toEqual(['minutes']);
});

test('书记下午茶 has no publish step, so it publishes from deliberation on', () => {
  const me = viewer('a1', admin);
  expect(meetingActions(detail('tea', 'speak'), me)).toContain('publish');
  expect(meetingActions(detail('tea', 'ask'), me)).not.toContain('publish');
});

test('grid workers run their own grid’s meetings only; admins run all', () => {
  expect(mayRun(viewer('w', worker), { gridId: 'g1' })).toBe(true);
  expect(mayRun(viewer('w', worker), { gridId: 'g2' })).toBe(false);
  expect(mayRun(viewer('w', worker), {})).toBe(false);
  expect(mayRun(viewer('a', admin), {})).toBe(true);
  expect(mayRun(viewer('r', resident), { gridId: 'g1' })).toBe(false);
  expect(meetingActions(detail('five_step', 'deliberate', {}, 'g2'), viewer('w', worker), DURING)).toEqual([
    'attend',
    'minutes',
  ]);
});

test('step display: the current step, the next one for the 推进 button, and a line for lists', () => {
  const d = stepDisplay(detail('five_step', 'review').meeting);
  expect(d.labels).toEqual(['议题征集', '议题审议', '协商议事', '公布决策', '议题落实', '已结束']);
  expect(d).toMatchObject({ current: 1, finished: false, nextLabel: '协商议事' });
  expect(stepDisplay(detail('five_step', 'implement').meeting).nextLabel).toBe('已结束');
  expect(stepDisplay(detail('tea', 'finished').meeting)).toMatchObject({ current: 4, finished: true, nextLabel: '' });
  expect(stepLine(detail('five_step', 'review').meeting)).toBe('第 2 步 / 共 5 步 · 议题审议');
  expect(stepLine(detail('joint', 'finished').meeting)).toBe('已结束');
});

test('running meetings come first, soonest first; finished ones after', () => {
  const m = (id: string, step: MeetingStep, startsAt: string) => ({ _id: id, step, startsAt });
  const { upcoming, past } = splitByStep([
    m('a', 'collect', '2025-03-10T00:00:00Z'),
    m('b', 'finished', '2025-03-09T00:00:00Z'),
    m('c', 'review', '2025-03-05T00:00:00Z'),
  ]);
  expect(upcoming.map((x) => x._id)).toEqual(['c', 'a']);
  expect(past.map((x) => x._id)).toEqual(['b']);
});

test('decision flags: 已落实 wins over 已超期', () => {
  expect(decisionFlag({ done: true, overdue: true })?.text).toBe('已落实');
  expect(decisionFlag({ done: false, overdue: true })).toEqual({ text: '已超期', tone: 'alert' });
  expect(decisionFlag({ done: false, overdue: false })).toBeNull();
});

test('发起会议: type, title, a real day and time; a name only for 其他议事; China time sent', () => {
  const now = new Date('2025-03-03T20:00:00Z'); // 3月4日 04:00 in China
  expect(chinaDay(now)).toBe('2025-03-04');
  const draft = emptyCreate(now);
  expect(draft.day).toBe('2025-03-05');
  expect(validateCreate(draft)).toMatchObject({ type: '请选择会议类型', title: '请填写会议主题' });
  const other = { ...draft, type: 'other' as const, title: '凉亭里聊聊', day: '2025-02-30' };
  expect(validateCreate(other)).toMatchObject({ name: '请填写会议名称', day: '日期不存在' });
  const ok = { ...draft, type: 'five_step' as const, title: ' 停车难 ', time: '9:00' };
  expect(validateCreate(ok).time).toBeTruthy();
  const fixed = { ...ok, time: '09:00' };
  expect(hasErrors(validateCreate(fixed))).toBe(false);
  expect(createFields(fixed)).toEqual({
    type: 'five_step',
    title: '停车难',
    startsAt: '2025-03-05T09:00:00+08:00',
    place: '社区议事厅',
  });
  expect(createFields({ ...fixed, type: 'other', name: '凉亭议事会', gridId: 'g1' })).toMatchObject({
    name: '凉亭议事会',
    gridId: 'g1',
  });
});

test('决策: text, an owner and a due day not in the past', () => {
  const now = new Date('2025-03-04T02:00:00Z');
  const base = {
    topicId: 't1',
    decision: '加装路灯',
    ownerId: 'u9',
    dueDate: '2025-03-20',
    orderCategory: '' as const,
    orderPlace: '',
  };
  expect(hasErrors(validateDecide(base, now))).toBe(false);
  expect(validateDecide({ ...base, ownerId: '' }, now).ownerId).toBe('请选择责任人');
  expect(validateDecide({ ...base, dueDate: '2025-03-01' }, now).dueDate).toBe('完成日期不能早于今天');
  expect(validateDecide({ ...base, dueDate: '3月20日' }, now).dueDate).toContain('2025-03-04');
  // A work order needs its place (issue 11 point 8).
  expect(validateDecide({ ...base, orderCategory: 'infrastructure' }, now).orderPlace).toContain('工单地点');
  expect(hasErrors(validateDecide({ ...base, orderCategory: 'infrastructure', orderPlace: 'g:g1' }, now))).toBe(false);
});

test('决策 sends a work-order category only when one is chosen', () => {
  const base = emptyDecide('t1', new Date('2025-03-04T02:00:00Z'));
  const draft = { ...base, decision: ' 加装路灯 ', ownerId: 'u9' };
  expect(decideFields(draft, 'm1')).not.toHaveProperty('orderCategory');
  expect(decideFields({ ...draft, orderCategory: 'infrastructure', orderPlace: 'b:b2' }, 'm1')).toEqual(
    expect.objectContaining({
      meetingId: 'm1',
      decision: '加装路灯',
      orderCategory: 'infrastructure',
      orderBuildingId: 'b2',
    }),
  );
  const gridWide = decideFields({ ...draft, orderCategory: 'infrastructure', orderPlace: 'g:g1' }, 'm1');
  expect(gridWide).toMatchObject({ orderGridId: 'g1' });
  expect(gridWide).not.toHaveProperty('orderBuildingId');
  // A place left over after un-choosing the category is not sent.
  expect(decideFields({ ...draft, orderPlace: 'b:b2' }, 'm1')).not.toHaveProperty('orderBuildingId');
});

test('工单地点: each grid as a whole and its buildings; a grid’s meeting offers its own grid only', () => {
  const tree = {
    community: { _id: 'c1', name: '示范社区' },
    grids: [
      { _id: 'g1', name: '网格一', buildings: [{ _id: 'b1', name: '1号楼' }] },
      { _id: 'g2', name: '网格二', buildings: [{ _id: 'b3', name: '3号楼' }] },
    ],
  };
  expect(orderPlaceChoices(tree as never).map((c) => c.value)).toEqual(['g:g1', 'b:b1', 'g:g2', 'b:b3']);
  expect(orderPlaceChoices(tree as never, 'g2').map((c) => c.label)).toEqual(['网格二（整个网格）', '网格二 · 3号楼']);
});

test('the buttons’ step rule (stepOpen) is the function’s refusal rule on every type, step and action', () => {
  const actions: StepAction[] = ['propose', 'attend', 'record', 'decide', 'publish'];
  for (const type of MEETING_TYPES)
    for (const step of MEETING_STEPS)
      for (const a of actions)
        expect([type, step, a, stepOpen(type, step, a)]).toEqual([type, step, a, stepAllows(type, step, a) === null]);
});
