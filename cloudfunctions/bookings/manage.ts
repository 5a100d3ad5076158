/**
 * Staff (community admins) set up a place's rooms and block times. Blocking a slot someone already
 * booked is refused as a whole — nothing is blocked — and the answer names who is affected (name,
 * group, phone), so staff ring them before anything changes for them: nobody loses a booking
 * without a word. A block and a booking of one slot write the same document in a transaction, so
 * one that lands between staff's look and their block is caught the same way.
 */
import type { BlockAnswer, RoomInput } from '../../types/bookings';
import { BOOKING_LIMITS } from '../../types/bookings';
import { slotId, slotsOf, slotStarted } from '../../domain/bookings/slots';
import { loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { refusal } from '../_shared/failure';
import { userDoc } from '../_shared/models';
import { findById, insertDoc } from '../_shared/records';
import { inTransaction, txGet } from '../_shared/transaction';
import { ownPlace, ownRoom, roomsOf, slotDoc, type RoomDoc, type SlotDoc } from './model';

const requireAdmin = () => loadAdmin('只有社区管理员可以管理预约场地');

export async function saveRoom(input: {
  placeId: string;
  roomId?: string;
  room: RoomInput;
}): Promise<{ roomId: string }> {
  const actor = await requireAdmin();
  const place = await ownPlace(input.placeId, actor.communityId);
  if (input.roomId) {
    const room = await ownRoom(input.roomId, actor.communityId);
    if (room.placeId !== place._id) throw refusal('SLOT_UNKNOWN', '该房间不属于这个服务阵地');
    await db()
      .collection('place_rooms')
      .where({ _id: room._id, communityId: actor.communityId })
      .update({ data: { ...input.room, updatedAt: db().serverDate() } });
    return { roomId: room._id };
  }
  const rooms = await roomsOf(actor.communityId, place._id);
  if (rooms.length >= BOOKING_LIMITS.roomsPerPlace) {
    throw refusal('BOOKING_LIMIT_REACHED', `每个服务阵地最多 ${BOOKING_LIMITS.roomsPerPlace} 个房间`);
  }
  const roomId = await insertDoc('place_rooms', {
    ...input.room,
    communityId: actor.communityId,
    placeId: place._id,
    createdAt: db().serverDate(),
    updatedAt: db().serverDate(),
  });
  return { roomId };
}

/** The slots staff named (or the whole day), each of the room's pattern and not yet started. */
function chosenStarts(room: RoomDoc, day: string, starts: string[] | undefined, now: Date): string[] {
  const pattern = slotsOf(room).map((s) => s.start);
  for (const s of starts ?? []) if (!pattern.includes(s)) throw refusal('SLOT_UNKNOWN');
  const open = (starts ?? pattern).filter((s) => !slotStarted(day, s, now));
  if (!open.length) throw refusal('SLOT_PAST', '所选时段都已过去');
  return [...new Set(open)];
}

async function slotsIn(tx: Parameters<Parameters<typeof inTransaction>[0]>[0], ids: string[]) {
  const out: (SlotDoc | null)[] = [];
  for (const id of ids) {
    const raw = await txGet(tx, 'booking_slots', id);
    out.push(raw ? slotDoc.parse({ ...raw, _id: id }) : null);
  }
  return out;
}

export async function block(input: {
  roomId: string;
  day: string;
  starts?: string[];
  reason: string;
}): Promise<BlockAnswer> {
  const actor = await requireAdmin();
  const room = await ownRoom(input.roomId, actor.communityId);
  const starts = chosenStarts(room, input.day, input.starts, new Date());
  const ids = starts.map((s) => slotId(room._id, input.day, s));
  const outcome = await inTransaction(async (tx) => {
    const slots = await slotsIn(tx, ids);
    const booked = slots.filter((s): s is SlotDoc => s?.state === 'booked');
    if (booked.length) return { blocked: 0, booked };
    for (const [i, id] of ids.entries()) {
      await tx
        .collection('booking_slots')
        .doc(id)
        .set({
          data: {
            communityId: actor.communityId,
            roomId: room._id,
            day: input.day,
            start: starts[i],
            state: 'blocked',
            seq: slots[i]?.seq ?? 0,
            reason: input.reason,
          },
        });
    }
    return { blocked: ids.length, booked: [] as SlotDoc[] };
  });
  const conflicts = await Promise.all(
    outcome.booked.map(async (s) => {
      const user = s.userId ? await findById('users', s.userId, userDoc) : null;
      return {
        start: s.start,
        name: s.userName ?? '',
        phone: user?.phone ?? '',
        ...(s.groupName ? { groupName: s.groupName } : {}),
      };
    }),
  );
  return { blocked: outcome.blocked, conflicts };
}

export async function unblock(input: {
  roomId: string;
  day: string;
  starts?: string[];
}): Promise<{ unblocked: number }> {
  const actor = await requireAdmin();
  const room = await ownRoom(input.roomId, actor.communityId);
  const starts = chosenStarts(room, input.day, input.starts, new Date());
  const ids = starts.map((s) => slotId(room._id, input.day, s));
  return inTransaction(async (tx) => {
    const slots = await slotsIn(tx, ids);
    let unblocked = 0;
    for (const s of slots) {
      if (s?.state !== 'blocked') continue;
      const { _id, reason: _r, ...rest } = s;
      await tx
        .collection('booking_slots')
        .doc(_id)
        .set({ data: { ...rest, state: 'free' } });
      unblocked += 1;
    }
    return { unblocked };
  });
}
