/**
 * Households of a notice (阅读情况, issue 11 point 11). A household is a home: the people registered
 * at one building and room. It has read a notice when any member has; the poster is never their
 * own reader. Plain TypeScript: the `notices` function and the tests ask these questions.
 *
 * Each notice keeps one record per household it reached (`notice_households`), keyed
 * `<noticeId>_<householdKey>`, so the 未读 and 已读 lists page by `_id` in room order and the counts
 * are indexed counts, whatever the size of the building.
 */

import type { AddressStatus } from '../../types/user';
import { addressCounts } from '../residence';

/** The fields of a person the household rules read. */
export interface HouseholdMember {
  _id: string;
  buildingId: string;
  room: string;
  /** A claimed address is 待认证 (issue 11 point 1) until confirmed; see domain/residence.ts. */
  addressStatus?: AddressStatus;
}

/**
 * Who counts in a household list: a person with a building, whose address is not awaiting 认证.
 * The one predicate every household query of the notices uses (a 待认证 resident sees no building
 * notices, so counting them would list doors a notice never reached).
 */
export function countsAsHousehold(member: HouseholdMember): boolean {
  // Whose address counts is written once, in domain/residence.ts (pending and rejected claims do not).
  return addressCounts(member);
}

/** Digits padded so rooms sort as people read them: 302 before 1201. */
const padDigits = (room: string) => room.replace(/\d+/g, (run) => run.padStart(6, '0'));

/** UTF-8 bytes by hand: the mini-program's runtime may lack TextEncoder. */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const hex = (text: string) =>
  utf8(text)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

/** FNV-1a, 32 bits: keeps two long rooms that share a 32-byte prefix apart. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (const b of utf8(text)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * A home's key, id-safe (the cursor codec takes `[A-Za-z0-9_:-]`) and sorting by building, then
 * room in reading order. Someone without a room is a household of their own, listed last.
 */
export function householdKey(member: Pick<HouseholdMember, '_id' | 'buildingId' | 'room'>): string {
  const room = member.room.trim();
  if (!room) return `${member.buildingId}_x${member._id}`;
  return `${member.buildingId}_${hex(padDigits(room)).slice(0, 64)}-${fnv(room)}`;
}

/** The record id of one household of one notice. */
export const householdRecordId = (noticeId: string, key: string) => `${noticeId}_${key}`;

/** A household as the notice's records hold it: where it is and who lives there (ids only). */
export interface HouseholdGroup {
  key: string;
  buildingId: string;
  room: string;
  memberIds: string[];
}

/**
 * The households among `members`: those who count, grouped by home, the poster left out (a home
 * where only the poster lives is no audience of theirs), in key order.
 */
export function groupHouseholds(members: readonly HouseholdMember[], posterId: string): HouseholdGroup[] {
  const groups = new Map<string, HouseholdGroup>();
  for (const m of members) {
    if (m._id === posterId || !countsAsHousehold(m)) continue;
    const key = householdKey(m);
    const group = groups.get(key) ?? { key, buildingId: m.buildingId, room: m.room.trim(), memberIds: [] };
    group.memberIds.push(m._id);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Whether this person opening a notice marks their household read: never the poster's own opening. */
export const marksHouseholdRead = (member: HouseholdMember, notice: { posterId: string }): boolean =>
  member._id !== notice.posterId && countsAsHousehold(member);

/** The least time between two reminders of one notice, so a second tap does not send twice. */
export const REMIND_INTERVAL_MS = 60 * 60 * 1000;

export function mayRemindAt(lastRemindedAt: Date | undefined, now: Date): boolean {
  return !lastRemindedAt || now.getTime() - lastRemindedAt.getTime() >= REMIND_INTERVAL_MS;
}
