/**
 * 会议纪要 (issue 11 point 9): the read-only page a share opens. Whoever may see the meeting may
 * open it (another grid's meeting answers PERMISSION_DENIED, another community's NOT_FOUND), and
 * each reader sees what the meeting page would show them: the accepted topics with their notes,
 * published decisions, topics born from residents' orders masked for those who may not read them,
 * and how many attended (the names only for whoever runs the meeting).
 */
import type { MeetingMinutes } from '../../types/meetings';
import { loadMember, meetingInScope } from './member';
import { detailFor } from './read';

export async function readMinutes(input: { meetingId: string }): Promise<MeetingMinutes> {
  const { member } = await loadMember();
  const meeting = await meetingInScope(input.meetingId, member);
  const detail = await detailFor(member, meeting);
  return {
    meeting: detail.meeting,
    topics: detail.topics.filter((t) => t.status === 'accepted'),
    decisions: detail.decisions.filter((d) => d.published),
    attendeeCount: detail.attendeeCount,
    attendees: detail.attendees,
  };
}
