/** Timeline entries: who (name and role), when, what, note — appended on every move, never edited. */
import { ROLE_TABLE, type Role } from '../../types/roles';
import type { TimelineAction } from '../../types/orders';
import { covers, type Actor, type Place } from '../actor';

export type { TimelineAction };

export interface TimelineRecord {
  at: Date;
  actorId: string;
  actorName: string;
  actorRole: string;
  action: TimelineAction;
  note?: string;
}

/** The Chinese label of the first of `candidates` the actor holds over `place` ('居民' otherwise). */
export function roleLabel(actor: Actor, place: Place, candidates: Role[]): string {
  const role = candidates.find((r) => covers(actor, r, place));
  return ROLE_TABLE[role ?? 'resident'].label;
}

export function entry(
  actor: { userId: string; name: string },
  actorRole: string,
  action: TimelineAction,
  at: Date,
  note?: string,
): TimelineRecord {
  return { at, actorId: actor.userId, actorName: actor.name, actorRole, action, ...(note ? { note } : {}) };
}

/** The system itself (timers, rules) as an actor on the timeline. */
export const SYSTEM = { userId: 'system', name: '系统' };
