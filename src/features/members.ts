/** The community's people for admin pickers (指派, 转交): every page of `user.members.list`. */
import type { Member } from '../../types/user';
import type { Role } from '../../types/roles';
import { listMembers } from '@/services/user';
import { errorText } from './errors';

/** A community's staff list is short; stop after 10 pages (200 people) so a picker stays bounded. */
export async function loadAllMembers(maxPages = 10): Promise<{ members: Member[]; error?: string }> {
  const members: Member[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const res = await listMembers(cursor);
    if (!res.ok) return { members, error: errorText(res.error) };
    members.push(...res.data.items);
    cursor = res.data.nextCursor;
    if (!cursor) break;
  }
  return { members };
}

export const holdsRole = (m: Member, role: Role): boolean => m.roles.some((r) => r.role === role);
