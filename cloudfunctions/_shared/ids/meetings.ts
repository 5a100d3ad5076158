/**
 * Deterministic ids, so a retried call, a double tap or two racing timers write one record:
 * the same transferred order is one topic, the same sign-in one attendance, the same decision text
 * on a topic one decision, the same 逢四说事 day one meeting.
 */
import { hex24 } from './hash';

export const topicIdForOrder = (orderId: string): string => 'mt_o_' + hex24(orderId);
export const attendanceIdFor = (meetingId: string, userId: string): string => 'ma_' + hex24(`${meetingId}:${userId}`);
export const decisionIdFor = (meetingId: string, topicId: string, decision: string): string =>
  'mdc_' + hex24(`${meetingId}:${topicId}:${decision}`);
/** One 逢四说事 per community (or grid) per day. */
export const fixedDayMeetingId = (communityId: string, gridId: string | undefined, day: string): string =>
  'mf_' + hex24(`${communityId}:${gridId ?? ''}:${day}`);

/** Topics born from a transferred order are the ones with this prefix (topicIdForOrder). */
export const isOrderTopicId = (topicId: string): boolean => topicId.startsWith('mt_o_');
