/**
 * 在职党员报到's rules (issue 14), pure so the pages and the `party` function ask the same questions:
 * who administers which 共建单位, which period the 1+X commitment runs over, and how far a member is.
 */
import type { Actor } from '../actor';
import { recentPeriods } from '../ledgers/period';
import { COMMITMENT_KINDS, type CommitmentCounts, type CommitmentKind } from '../../types/party';
import type { MemberRegistration } from '../../types/members';

/** The units a person administers (unit_admin grants; a unit spans several communities). */
export function unitIdsOf(actor: Pick<Actor, 'grants'>): string[] {
  return [
    ...new Set(
      actor.grants.filter((g) => g.role === 'unit_admin' && g.scope.unitId).map((g) => g.scope.unitId as string),
    ),
  ];
}

/**
 * The 共建单位 a person serves for, from their registration in the community: its unitId once
 * confirmed, '' otherwise (none, pending, rejected, left). Hour entries take it as their unitId, so
 * the unit's totals and 反馈卡 count the member's hours (unitOfMember reads the registration).
 */
export function servingUnitOf(reg: Pick<MemberRegistration, 'status' | 'unitId'> | null): string {
  return reg && reg.status === 'confirmed' ? reg.unitId : '';
}

export function administersUnit(actor: Pick<Actor, 'grants'>, unitId: string): boolean {
  return unitIdsOf(actor).includes(unitId);
}

/** The 1+X commitment runs per quarter (季度): the one `now` falls in, China time, e.g. "2026-Q4". */
export function currentPeriod(now: Date): string {
  return recentPeriods('quarter', now, 1)[0].value;
}

/** The quarters a picker offers, newest first (this one and the three before). */
export function recentCommitmentPeriods(now: Date, count = 4): { value: string; label: string }[] {
  return recentPeriods('quarter', now, count);
}

/** Each item of 1+X is met by one record in the period. */
export const COMMITMENT_TARGET = 1;

export interface CommitmentProgress {
  items: { kind: CommitmentKind; count: number; met: boolean }[];
  met: number;
  total: number;
}

/** Progress against the commitment: an item is met once its count reaches the target. */
export function commitmentProgress(counts: CommitmentCounts): CommitmentProgress {
  const items = COMMITMENT_KINDS.map((kind) => ({ kind, count: counts[kind], met: counts[kind] >= COMMITMENT_TARGET }));
  return { items, met: items.filter((i) => i.met).length, total: items.length };
}
