/**
 * 在职党员报到 records, as other features read them (issue 14): the 召集令 pushes to confirmed members
 * (with a skill), and hours credited to a member count for their 共建单位 — write hour entries with
 * `unitId: await unitOfMember(communityId, userId)`.
 *
 * Queries: member_registrations by (communityId, status, _id) — deploy/indexes.json
 * `community_status_id`; by _id for one person.
 */
import {
  MEMBER_STATUSES,
  memberRegistrationSchema,
  registrationId,
  type MemberRegistration,
  type MemberStatus,
} from '../../types/members';
import type { Skill } from '../../types/skills';
import { servingUnitOf } from '../../domain/party/rules';
import { db } from './cloud';
import { DB_PAGE, fetchDocs, findById } from './records';

export const MEMBER_REGISTRATIONS = 'member_registrations';
export const UNITS = 'units';

/** A person's registration in a community, whatever its status; null if they never registered. */
export function registrationOf(communityId: string, userId: string): Promise<MemberRegistration | null> {
  return findById(MEMBER_REGISTRATIONS, registrationId(communityId, userId), memberRegistrationSchema);
}

/**
 * The 共建单位 a person serves for in this community: their CONFIRMED registration's unitId, or ''
 * (not registered, pending, rejected or left) — the value hour_entries.unitId takes.
 */
export async function unitOfMember(communityId: string, userId: string): Promise<string> {
  return servingUnitOf(await registrationOf(communityId, userId));
}

/**
 * One page (≤ 100) of a community's registrations in a status, by _id; `after` is the last _id of
 * the page before. With `skill`, only those offering it (filtered in the page, so a page may be
 * short: go on while `nextAfter` is set).
 */
export async function registrationsPage(
  communityId: string,
  opts: { status?: MemberStatus; skill?: Skill; after?: string; size?: number } = {},
): Promise<{ items: MemberRegistration[]; nextAfter?: string }> {
  const size = Math.min(opts.size ?? DB_PAGE, DB_PAGE);
  const status = opts.status ?? 'confirmed';
  if (!MEMBER_STATUSES.includes(status)) return { items: [] };
  const _ = db().command;
  const where: Record<string, unknown> = { communityId, status };
  if (opts.after) where._id = _.gt(opts.after);
  const docs = await fetchDocs(db().collection(MEMBER_REGISTRATIONS).where(where).orderBy('_id', 'asc').limit(size));
  const all = docs.map((d) => memberRegistrationSchema.parse(d));
  const items = opts.skill ? all.filter((r) => r.skills.includes(opts.skill as Skill)) : all;
  const last = all[all.length - 1];
  return { items, nextAfter: all.length === size && last ? last._id : undefined };
}

/** Every confirmed member of a community (with `skill`, those offering it), reading 100 at a time. */
export async function confirmedMembers(communityId: string, skill?: Skill, max = 2000): Promise<MemberRegistration[]> {
  const out: MemberRegistration[] = [];
  let after: string | undefined;
  do {
    const page = await registrationsPage(communityId, { status: 'confirmed', skill, after });
    out.push(...page.items);
    after = page.nextAfter;
  } while (after && out.length < max);
  return out;
}
