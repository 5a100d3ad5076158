/**
 * 预约服务阵地 (issue 15, point 3): the bookable rooms of a place (活动室, 会议室), their slots, and the
 * bookings residents and groups (舞蹈队) make of them. One slot is one stored document whose id is
 * its room, day and start (domain/bookings/slots.ts `slotId`), written in a transaction: two
 * bookings of one slot cannot both win. Staff block times; a blocked slot cannot be booked.
 */
import { z } from 'zod';
import { idSchema } from './roles';
import { cursorSchema } from './cursor';

export const BOOKING_LIMITS = {
  pageSize: 20,
  roomsPerPlace: 20,
  roomName: 20,
  purpose: 40,
  groupName: 20,
  reason: 40,
  maxCapacity: 500,
  maxDaysAhead: 30,
} as const;

/** The slot lengths a place may choose: a day holds at most 48 slots, one read. */
export const SLOT_MINUTES = [30, 60, 90, 120] as const;

/** A China calendar day, "2026-12-03". */
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-31');
/** A clock time on the half hour, "09:00" / "13:30". */
export const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[03]0$/, '时间应为整点或半点，如 09:00');

export const roomInputSchema = z
  .object({
    name: z.string().trim().min(1, '请填写房间名称').max(BOOKING_LIMITS.roomName, '房间名称最多 20 个字'),
    capacity: z.number().int().min(1, '可容纳人数至少 1 人').max(BOOKING_LIMITS.maxCapacity, '可容纳人数太多'),
    opens: clockSchema,
    closes: clockSchema,
    slotMinutes: z.union([z.literal(30), z.literal(60), z.literal(90), z.literal(120)], {
      message: '每段时长应为 30、60、90 或 120 分钟',
    }),
    /** how many days ahead (today counts as the first) a booking may be made */
    daysAhead: z.number().int().min(1, '至少可约 1 天').max(BOOKING_LIMITS.maxDaysAhead, '最多提前 30 天'),
  })
  .strict()
  .refine((r) => r.opens < r.closes, { message: '关门时间须晚于开门时间', path: ['closes'] });
export type RoomInput = z.infer<typeof roomInputSchema>;

export const bookingsEventSchema = z.discriminatedUnion('action', [
  /** A place's rooms and one room's slots on one day (default: its first room, today), as states only. */
  z
    .object({
      action: z.literal('slots'),
      placeId: idSchema,
      roomId: idSchema.optional(),
      day: daySchema.optional(),
    })
    .strict(),
  /** Book one slot, alone or for a group, with what it is for. */
  z
    .object({
      action: z.literal('book'),
      roomId: idSchema,
      day: daySchema,
      start: clockSchema,
      purpose: z.string().trim().min(1, '请填写用途').max(BOOKING_LIMITS.purpose, '用途最多 40 个字'),
      groupName: z.string().trim().max(BOOKING_LIMITS.groupName, '团队名称最多 20 个字').optional(),
      headcount: z.number().int().min(1, '人数至少 1 人').max(BOOKING_LIMITS.maxCapacity, '人数太多'),
    })
    .strict(),
  /** One's own booking, before it starts: frees the slot. */
  z.object({ action: z.literal('cancel'), bookingId: idSchema }).strict(),
  /**
   * Staff (community admins): cancel someone's booking (the room is needed), with the reason the
   * booker is told. Frees the slot; the booker sees 已被社区取消 and gets one message.
   */
  z
    .object({
      action: z.literal('staffCancel'),
      bookingId: idSchema,
      reason: z.string().trim().min(1, '请填写取消原因').max(BOOKING_LIMITS.reason, '原因最多 40 个字'),
    })
    .strict(),
  /** 我的预约: upcoming first (soonest first); `past` lists the earlier ones, latest first. */
  z.object({ action: z.literal('mine'), past: z.boolean().optional(), cursor: cursorSchema.optional() }).strict(),
  /** Staff: add a room to a place, or edit one with `roomId`. */
  z
    .object({ action: z.literal('room.save'), placeId: idSchema, roomId: idSchema.optional(), room: roomInputSchema })
    .strict(),
  /** Staff: a room's day with who booked each slot. */
  z
    .object({
      action: z.literal('schedule'),
      placeId: idSchema,
      roomId: idSchema.optional(),
      day: daySchema.optional(),
    })
    .strict(),
  /** Staff: block slots of a day (all of them when `starts` is absent) with a reason. */
  z
    .object({
      action: z.literal('block'),
      roomId: idSchema,
      day: daySchema,
      starts: z.array(clockSchema).min(1).max(48).optional(),
      reason: z.string().trim().min(1, '请填写原因').max(BOOKING_LIMITS.reason, '原因最多 40 个字'),
    })
    .strict(),
  z
    .object({
      action: z.literal('unblock'),
      roomId: idSchema,
      day: daySchema,
      starts: z.array(clockSchema).min(1).max(48).optional(),
    })
    .strict(),
]);
export type BookingsEvent = z.infer<typeof bookingsEventSchema>;

export interface RoomView extends RoomInput {
  _id: string;
  placeId: string;
}

/** What a slot shows: 可约, 已约 (by someone — never who), 不可约 (blocked or past), or 我的. */
export const SLOT_STATES = ['free', 'taken', 'blocked', 'past', 'mine'] as const;
export type SlotState = (typeof SLOT_STATES)[number];
export const SLOT_STATE_LABELS: Record<SlotState, string> = {
  free: '可约',
  taken: '已约',
  blocked: '不可约',
  past: '不可约',
  mine: '我的',
};

export interface SlotView {
  start: string;
  end: string;
  state: SlotState;
  /** the caller's own booking in this slot (to cancel it) */
  bookingId?: string;
  /** a block's reason (社区活动占用): public, it names no one */
  reason?: string;
}

/** A slot as staff see it: who booked it (name, group, headcount, purpose, phone for admins). */
export interface ScheduleSlot extends SlotView {
  booker?: {
    /** the booking, for staff to cancel (staffCancel) */
    bookingId: string;
    name: string;
    phone: string;
    groupName?: string;
    headcount: number;
    purpose: string;
  };
}

export interface DayAnswer<S extends SlotView = SlotView> {
  place: { _id: string; name: string };
  rooms: RoomView[];
  /** absent when the place has no rooms */
  room?: RoomView;
  /** the days a booking may be made now, today first */
  days: string[];
  day: string;
  slots: S[];
}

/** cancelled: by the booker; staff_cancelled: by the community, with a reason the booker is told. */
export const BOOKING_STATUSES = ['booked', 'cancelled', 'staff_cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  staff_cancelled: '已被社区取消',
};

export interface BookingView {
  _id: string;
  placeId: string;
  placeName: string;
  roomId: string;
  roomName: string;
  day: string;
  start: string;
  end: string;
  status: BookingStatus;
  purpose: string;
  groupName?: string;
  headcount: number;
  /** staff_cancelled: why the community cancelled it */
  cancelReason?: string;
}

/** A block that met bookings: nothing was blocked; staff contact these people first. */
export interface BlockAnswer {
  blocked: number;
  conflicts: { start: string; name: string; phone: string; groupName?: string }[];
}
