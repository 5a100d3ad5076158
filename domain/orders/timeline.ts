/** Timeline entries: who (name and role), when, what, note — appended on every move, never edited. */
import { ROLE_TABLE, type Role } from '../../types/roles';
import { covers, type Actor, type Place } from '../actor';

export type TimelineAction =
  'submit' | 'auto_dispatch' | 'dispatch' | 'grab' | 'assign' | 'complete' | 'rate' | 'rectify' | 'cancel' | 'overdue';

export const TIMELINE_LABELS: Record<TimelineAction, string> = {
  submit: '提交诉求',
  auto_dispatch: '系统派单',
  dispatch: '社区派单',
  grab: '抢单',
  assign: '派给',
  complete: '办结',
  rate: '评价',
  rectify: '整改回复',
  cancel: '撤销',
  overdue: '超时提醒',
};

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
