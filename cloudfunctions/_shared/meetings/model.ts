/** The stored meeting records, parsed on every read. */
import { z } from 'zod';
import { MEETING_STEPS, MEETING_TYPES, TOPIC_STATUSES } from '../../../types/meetings';

const date = z.coerce.date();

export const meetingDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  gridId: z.string().optional(),
  /** gridId, or '' for a community-wide meeting: scope queries match on it (no `exists` needed). */
  gridKey: z.string(),
  type: z.enum(MEETING_TYPES),
  name: z.string().optional(),
  title: z.string(),
  startsAt: date,
  place: z.string(),
  hostId: z.string(),
  hostName: z.string(),
  step: z.enum(MEETING_STEPS),
  publishedAt: date.optional(),
  /** Keys the host's rotating sign-in code (sign-in-code.ts); never leaves the functions. */
  signInSecret: z.string().optional(),
  createdAt: date,
  updatedAt: date,
});
export type MeetingDoc = z.infer<typeof meetingDoc>;

export const topicDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  /** The grid of the meeting it was proposed to; absent in the community's pool. */
  gridId: z.string().optional(),
  meetingId: z.string().optional(),
  title: z.string(),
  content: z.string(),
  proposerId: z.string(),
  proposerName: z.string(),
  status: z.enum(TOPIC_STATUSES),
  reason: z.string().optional(),
  reviewerId: z.string().optional(),
  notes: z.string().optional(),
  orderId: z.string().optional(),
  createdAt: date,
  updatedAt: date,
});
export type TopicDoc = z.infer<typeof topicDoc>;

export const progressDoc = z.object({
  at: date,
  actorId: z.string(),
  actorName: z.string(),
  note: z.string(),
  done: z.boolean(),
});
export type ProgressDoc = z.infer<typeof progressDoc>;

export const decisionDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  gridId: z.string().optional(),
  gridKey: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  decision: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueDate: z.string(),
  dueAt: date,
  published: z.boolean(),
  publishedAt: date.optional(),
  done: z.boolean(),
  progress: z.array(progressDoc),
  orderId: z.string().optional(),
  /** how far order-timer has told the owner: due soon, then overdue (order-timer/decisions-due.ts) */
  dueNotified: z.enum(['soon', 'overdue']).optional(),
  createdAt: date,
  updatedAt: date,
});
export type DecisionDoc = z.infer<typeof decisionDoc>;

export const attendanceDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  meetingId: z.string(),
  userId: z.string(),
  name: z.string(),
  at: date,
  /** 扫码 (the host's code, scanned or typed) or 点名 (the host ticked the roll). */
  via: z.enum(['code', 'roll']).optional(),
  /** Who ticked the roll. */
  markedById: z.string().optional(),
});
export type AttendanceDoc = z.infer<typeof attendanceDoc>;
