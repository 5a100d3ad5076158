/**
 * The caller as a meeting member (actor plus the grid they live in), and loading records for an
 * action: another community's record answers NOT_FOUND, exactly as a missing one does.
 */
import { inScope, mayManage, type Member } from '../../domain/meetings/permissions';
import { countedBuildingId } from '../../domain/residence';
import { actorFrom, loadCallerUser } from '../_shared/actor';
import { denied, notFound } from '../_shared/failure';
import { buildingDoc, type UserDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { meetingDoc, topicDoc, type MeetingDoc, type TopicDoc } from './model';

export async function loadMember(): Promise<{ member: Member; user: UserDoc }> {
  const user = await loadCallerUser();
  return { member: await memberOf(user), user };
}

/** Any person as a meeting member (the caller, or someone ticked on the roll). */
export async function memberOf(user: UserDoc): Promise<Member> {
  const counted = countedBuildingId(user); // a claim waiting for 认证 places one in no grid
  const building = counted ? await findById('buildings', counted, buildingDoc) : null;
  const homeGridId = building && building.communityId === user.communityId ? building.gridId : '';
  return { ...actorFrom(user), homeGridId };
}

export async function loadMeeting(meetingId: string, member: Member): Promise<MeetingDoc> {
  const meeting = await findById('meetings', meetingId, meetingDoc);
  if (!meeting || meeting.communityId !== member.communityId) throw notFound('会议');
  return meeting;
}

/** A meeting the caller may see (propose to, attend); PERMISSION_DENIED for another grid's. */
export async function meetingInScope(meetingId: string, member: Member): Promise<MeetingDoc> {
  const meeting = await loadMeeting(meetingId, member);
  if (!inScope(member, meeting)) throw denied('这是其他网格的会议');
  return meeting;
}

/** A meeting the caller runs; PERMISSION_DENIED otherwise. */
export async function meetingToRun(meetingId: string, member: Member): Promise<MeetingDoc> {
  const meeting = await loadMeeting(meetingId, member);
  if (!mayManage(member, meeting)) throw denied('只有社区管理员或本网格网格员可以主持会议');
  return meeting;
}

export async function loadTopic(topicId: string, member: Member): Promise<TopicDoc> {
  const topic = await findById('meeting_topics', topicId, topicDoc);
  if (!topic || topic.communityId !== member.communityId) throw notFound('议题');
  return topic;
}
