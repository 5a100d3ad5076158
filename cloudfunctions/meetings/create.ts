/**
 * create: an admin (or a grid worker, for their grid) schedules a meeting. It starts on its type's
 * first step. 逢四说事 meetings have one id per place and day, and the next fixed day is always
 * scheduled too (also when one finishes: advance.ts), so there is always an upcoming one.
 * A new 联席会议 takes in the 转交办理类 orders waiting for one (joint.ts).
 */
import { DEFAULT_FIXED_DAYS, meetingSettingsSchema, type MeetingType, type MeetingView } from '../../types/meetings';
import { fixedDayMeetingId } from '../_shared/ids/meetings';
import { mayManage, type Member } from '../../domain/meetings/permissions';
import { chinaDay } from '../../domain/china-time';
import { nextFixedDay } from '../../domain/meetings/schedule';
import { firstStep } from '../../domain/meetings/steps';
import { denied, notFound } from '../_shared/failure';
import { communityDoc, gridDoc } from '../_shared/models';
import { findById, insertDoc } from '../_shared/records';
import { pullTransferredOrders } from './joint';
import { loadMember } from './member';
import { meetingDoc, type MeetingDoc } from './model';
import { meetingView } from './view';
import { newSignInSecret } from './sign-in-code';
import { countMeetingChange } from '../_shared/stats/civic';

export interface CreateInput {
  type: MeetingType;
  title: string;
  startsAt: string;
  place: string;
  gridId?: string;
  name?: string;
}

export async function createMeeting(input: CreateInput): Promise<{ meeting: MeetingView }> {
  const { member } = await loadMember();
  if (input.gridId) {
    const grid = await findById('grids', input.gridId, gridDoc);
    if (!grid || grid.communityId !== member.communityId) throw notFound('网格');
  }
  const place = { communityId: member.communityId, gridId: input.gridId };
  if (!mayManage(member, place)) throw denied('只有社区管理员或本网格网格员可以发起会议');
  const now = new Date();
  const startsAt = new Date(input.startsAt);
  const meeting: MeetingDoc = {
    _id: '',
    communityId: member.communityId,
    ...(input.gridId ? { gridId: input.gridId } : {}),
    gridKey: input.gridId ?? '',
    type: input.type,
    ...(input.name ? { name: input.name } : {}),
    title: input.title,
    startsAt,
    place: input.place,
    hostId: member.userId,
    hostName: member.name,
    step: firstStep(input.type),
    signInSecret: newSignInSecret(),
    createdAt: now,
    updatedAt: now,
  };
  let saved: MeetingDoc;
  if (input.type === 'fixed_day') {
    saved = await insertFixedDay(meeting, startsAt);
    await scheduleNextFixedDay(saved, member);
  } else {
    const { _id: _omit, ...fields } = meeting;
    saved = { ...meeting, _id: await insertDoc('meetings', fields) };
    await countMeetingChange(null, saved); // 数据看板 (never throws)
  }
  if (saved.type === 'joint') await pullTransferredOrders(member.communityId, now);
  return { meeting: meetingView(saved) };
}

/** Inserts the place's 逢四说事 of that day, or answers the one already there. */
async function insertFixedDay(meeting: MeetingDoc, startsAt: Date): Promise<MeetingDoc> {
  const _id = fixedDayMeetingId(meeting.communityId, meeting.gridId, chinaDay(startsAt));
  const existing = await findById('meetings', _id, meetingDoc);
  if (existing) return existing;
  try {
    await insertDoc('meetings', { ...meeting, _id });
    await countMeetingChange(null, meeting); // only the insert that made it counts it (never throws)
    return { ...meeting, _id };
  } catch (error) {
    const twin = await findById('meetings', _id, meetingDoc); // a concurrent create of the same day won
    if (twin) return twin;
    throw error;
  }
}

/** Schedules the 逢四说事 on the fixed day after `after` (same place and clock time), once. */
export async function scheduleNextFixedDay(after: MeetingDoc, host: Member): Promise<MeetingDoc> {
  const community = await findById('communities', after.communityId, communityDoc);
  const settings = meetingSettingsSchema.safeParse(community?.settings?.meetings);
  const days = (settings.success && settings.data?.fixedDays) || [...DEFAULT_FIXED_DAYS];
  const startsAt = nextFixedDay(after.startsAt, days);
  const now = new Date();
  return insertFixedDay(
    {
      ...after,
      startsAt,
      hostId: host.userId,
      hostName: host.name,
      step: firstStep('fixed_day'),
      signInSecret: newSignInSecret(),
      createdAt: now,
      updatedAt: now,
    },
    startsAt,
  );
}
