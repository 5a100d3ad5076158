/**
 * The 积分管理 member list: who is who at a glance (their work roles and where they live), and a
 * search by name or room, so a grid worker with 200 people finds 周奶奶 with one word. Pure.
 */
import { ROLE_TABLE } from '../../../types/roles';
import type { Member } from '../../../types/user';

/** "党员 · 1号楼 501室"; a plain resident is just where they live. */
export function memberLine(m: Member, names: ReadonlyMap<string, string>): string {
  const work = [...new Set(m.roles.filter((r) => r.role !== 'resident').map((r) => ROLE_TABLE[r.role].label))];
  const home = [names.get(m.buildingId) ?? '', m.room ? `${m.room}室` : ''].filter(Boolean).join(' ');
  return [...work, home].filter(Boolean).join(' · ') || '居民';
}

/** Members whose name or room contains the words typed (spaces ignored); all when nothing is typed. */
export function searchMembers(members: readonly Member[], query: string): Member[] {
  const q = query.replace(/\s+/g, '');
  if (!q) return [...members];
  return members.filter((m) => m.name.includes(q) || (!!m.room && m.room.includes(q)));
}

/** The list shows this many at most (WeChat's node budget); searching narrows it further. */
export const MEMBER_LIST_MAX = 60;
