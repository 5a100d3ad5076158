/** Typed calls of the `activities` cloud function (types/activities.ts): 活动清单, sign-up, check-in, hours. */
import type { Envelope, Page } from '../../types/envelope';
import type {
  ActivityCategory,
  ActivityCodeView,
  ActivityDetail,
  ActivityInput,
  ActivityKind,
  ActivityView,
  AwardResult,
  HoursPage,
  MySignupView,
  RosterRow,
} from '../../types/activities';
import { callCloud } from './cloud';

const more = (cursor?: string) => (cursor ? { cursor } : {});

export function listActivities(
  filter: { when: 'upcoming' | 'past'; kind?: ActivityKind; category?: ActivityCategory },
  cursor?: string,
): Promise<Envelope<Page<ActivityView>>> {
  return callCloud('activities', { action: 'list', ...filter, ...more(cursor) });
}

export const getActivity = (activityId: string): Promise<Envelope<ActivityDetail>> =>
  callCloud('activities', { action: 'get', activityId });

export const publishActivity = (activity: ActivityInput): Promise<Envelope<ActivityDetail & { called: number }>> =>
  callCloud('activities', { action: 'publish', activity });

export const signUp = (activityId: string): Promise<Envelope<ActivityDetail>> =>
  callCloud('activities', { action: 'signup', activityId });

export const withdraw = (activityId: string): Promise<Envelope<ActivityDetail>> =>
  callCloud('activities', { action: 'withdraw', activityId });

export const checkIn = (activityId: string, code: string): Promise<Envelope<ActivityDetail>> =>
  callCloud('activities', { action: 'checkIn', activityId, code });

export const checkOut = (activityId: string, code: string): Promise<Envelope<ActivityDetail>> =>
  callCloud('activities', { action: 'checkOut', activityId, code });

export const fetchActivityCode = (activityId: string): Promise<Envelope<ActivityCodeView>> =>
  callCloud('activities', { action: 'code', activityId });

export const fetchRoster = (activityId: string, cursor?: string): Promise<Envelope<Page<RosterRow>>> =>
  callCloud('activities', { action: 'roster', activityId, ...more(cursor) });

export const rollCall = (activityId: string, userId: string): Promise<Envelope<ActivityDetail>> =>
  callCloud('activities', { action: 'roll', activityId, userId });

export const awardActivity = (activityId: string): Promise<Envelope<AwardResult>> =>
  callCloud('activities', { action: 'award', activityId });

export const callUpAgain = (activityId: string): Promise<Envelope<{ recipients: number; sent: number }>> =>
  callCloud('activities', { action: 'callUp', activityId });

export const fetchMyHours = (cursor?: string): Promise<Envelope<HoursPage>> =>
  callCloud('activities', { action: 'hours', ...more(cursor) });

export const fetchMySignups = (when: 'upcoming' | 'past', cursor?: string): Promise<Envelope<Page<MySignupView>>> =>
  callCloud('activities', { action: 'mine', when, ...more(cursor) });
