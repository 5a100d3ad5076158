/**
 * Typed calls of the `meetings` cloud function (议事: 议事厅, 会议, 议题, 决策, 公开栏). Events and
 * results are the types in types/meetings.ts; every call answers an Envelope, never throws.
 */
import type { Envelope, Page } from '../../types/envelope';
import type {
  DecisionView,
  MeetingDetail,
  MeetingMinutes,
  MeetingsEvent,
  MeetingView,
  RollPerson,
  SignInCodeView,
  TopicStatus,
  TopicView,
  WithDetail,
} from '../../types/meetings';
import { callCloud } from './cloud';

type Fields<A extends MeetingsEvent['action']> = Omit<Extract<MeetingsEvent, { action: A }>, 'action'>;

export type CreateInput = Fields<'create'>;
export type ProposeInput = Fields<'propose'>;
export type ReviewInput = Fields<'review'>;
export type DecideInput = Fields<'decide'>;

/** Drops undefined and empty fields: the function's schemas are strict. */
function event(action: MeetingsEvent['action'], fields: object = {}): object {
  const out: Record<string, unknown> = { action };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

const call = <T>(action: MeetingsEvent['action'], fields?: object) =>
  callCloud<T>('meetings', event(action, fields)) as Promise<Envelope<T>>;

/** Meetings in one's scope, 20 a page, latest start first. */
export const listMeetings = (cursor?: string) => call<Page<MeetingView>>('list', { cursor });

/** One meeting with its topics, decisions and sign-ins, as the caller may see it. */
export const getMeeting = (meetingId: string) => call<MeetingDetail>('get', { meetingId });

/** 四务公开: published decisions of one's scope with their progress, 20 a page. */
export const readBoard = (cursor?: string) => call<Page<DecisionView>>('board', { cursor });

/** Admins: every topic of the community; others: their own (我的议题). */
export const listTopics = (status?: TopicStatus) => call<{ items: TopicView[] }>('topics', { status });

export const createMeeting = (input: CreateInput) => call<{ meeting: MeetingView }>('create', input);

/** To a meeting still collecting, or (no meetingId) to the community's pool. */
export const proposeTopic = (input: ProposeInput) => call<WithDetail<{ topic: TopicView }>>('propose', input);

export const reviewTopic = (input: ReviewInput) => call<{ topic: TopicView }>('review', input);

/** To the next step of the meeting's type; after the last, 已结束. */
export const advanceMeeting = (meetingId: string) =>
  call<WithDetail<{ meeting: MeetingView }>>('advance', { meetingId });

type Attended = WithDetail<{ attended: boolean; points: number; at: string }>;

/** 签到 with the code on the host's screen (scanned or typed): once per person; the first earns points. */
export const attendMeeting = (meetingId: string, code: string) => call<Attended>('attend', { meetingId, code });

/** 点名: whoever runs the meeting ticks a person present. */
export const rollCall = (meetingId: string, userId: string) => call<Attended>('roll', { meetingId, userId });

/** 点名 list: the people of one building of the meeting's scope. */
export const listRollPeople = (meetingId: string, buildingId: string) =>
  call<{ items: RollPerson[] }>('rollPeople', { meetingId, buildingId });

/** The host's current sign-in code (it changes every minute). */
export const fetchSignInCode = (meetingId: string) => call<SignInCodeView>('signInCode', { meetingId });

/** 会议纪要: the read-only page a share opens. */
export const readMinutes = (meetingId: string) => call<MeetingMinutes>('minutes', { meetingId });

export const recordNotes = (meetingId: string, topicId: string, notes: string) =>
  call<WithDetail<{ topic: TopicView }>>('record', { meetingId, topicId, notes });

/** The same decision text twice answers the decision already made (its id is derived from it). */
export const decide = (input: DecideInput) => call<WithDetail<{ decision: DecisionView }>>('decide', input);

export const publishMeeting = (meetingId: string) =>
  call<WithDetail<{ meetingId: string; publishedAt: string }>>('publish', { meetingId });

export const reportProgress = (decisionId: string, note: string, done: boolean) =>
  call<WithDetail<{ decision: DecisionView }>>('progress', { decisionId, note, done: done || undefined });
