/**
 * 点名 list: the people of one building of the meeting's scope, for whoever runs the meeting to tick
 * (a grid worker is not shown the whole community's register, and needs none: they name a building
 * of their grid). Name and room, so two 王阿姨 can be told apart; whether each has signed in.
 * One index-served read (users: communityId + buildingId), at most 100 people a building.
 */
import type { RollPerson } from '../../types/meetings';
import { attendanceIdFor } from '../_shared/ids/meetings';
import { db } from '../_shared/cloud';
import { notFound, refusal } from '../_shared/failure';
import { buildingDoc, userDoc } from '../_shared/models';
import { fetchDocs, findById } from '../_shared/records';
import { loadMember, meetingToRun } from './member';

export async function rollPeople(input: { meetingId: string; buildingId: string }): Promise<{ items: RollPerson[] }> {
  const { member } = await loadMember();
  const meeting = await meetingToRun(input.meetingId, member);
  const building = await findById('buildings', input.buildingId, buildingDoc);
  if (!building || building.communityId !== member.communityId) throw notFound('楼栋');
  if (meeting.gridId && building.gridId !== meeting.gridId)
    throw refusal('ATTENDEE_OUT_OF_SCOPE', '该楼栋不在本次会议的网格内');
  const [people, signed] = await Promise.all([
    fetchDocs(db().collection('users').where({ communityId: member.communityId, buildingId: building._id }).limit(100)),
    fetchDocs(db().collection('meeting_attendance').where({ meetingId: meeting._id }).orderBy('at', 'asc').limit(100)),
  ]);
  const present = new Set(signed.map((a) => String(a._id)));
  return {
    items: people
      .map((raw) => userDoc.parse(raw))
      .map((u) => ({
        userId: u._id,
        name: u.name,
        room: u.room ?? '',
        signedIn: present.has(attendanceIdFor(meeting._id, u._id)),
      }))
      .sort((a, b) => a.room.localeCompare(b.room, 'zh') || a.name.localeCompare(b.name, 'zh')),
  };
}
