/**
 * Who may export a 台账 and how much of a resident each row shows (issue 13). One rule, used by the
 * `ledgers` function for every export and by the 工作台 to decide whether the 台账导出 tile shows.
 *
 * - A 社区管理员 exports their own community; rows name the resident and the room (they handle them
 *   every day), and a phone only masked: the file is forwarded and kept, so it carries no dialable number.
 * - A 街道管理员 exports each community they hold a street grant for (the communities whose 数据看板
 *   they see: domain/stats/permissions.ts), with names and rooms masked too: the 街道 counts and
 *   checks, it does not visit.
 * - Anyone else (居民, 网格员, 楼栋长, 党员…) exports nothing.
 * - A community not the caller's is refused the same way, saying nothing about it.
 */
import { maskName, maskPhone, maskRoom } from '../mask';
import { isCommunityAdmin, type Actor } from '../actor';
import { dashboardCommunities } from '../stats/permissions';
import { refuse, type Refused } from '../../types/refusals';

/** How much of a resident a row carries. */
export type PersonalView = 'named' | 'masked';

export interface LedgerScope {
  communityId: string;
  personal: PersonalView;
}

/** Every community this person may export, each with how it shows people. */
export function ledgerScopes(actor: Actor): LedgerScope[] {
  return dashboardCommunities(actor).map((communityId) => ({
    communityId,
    personal: communityId === actor.communityId && isCommunityAdmin(actor) ? 'named' : 'masked',
  }));
}

/** May this person export anything at all (the 工作台 tile)? */
export function mayExportLedgers(actor: Actor): boolean {
  return ledgerScopes(actor).length > 0;
}

/**
 * The community an export covers (the caller's own when not named) and how it shows people;
 * LEDGER_NOT_ALLOWED otherwise.
 */
export function ledgerScope(actor: Actor, communityId?: string): { ok: true; scope: LedgerScope } | Refused {
  const wanted = communityId ?? actor.communityId;
  const scope = ledgerScopes(actor).find((s) => s.communityId === wanted);
  return scope ? { ok: true, scope } : refuse('LEDGER_NOT_ALLOWED');
}

/** A resident's name, room and phone as a row of this view shows them. */
export function personalFields(view: PersonalView, person: { name: string; room: string; phone: string }) {
  return {
    name: view === 'named' ? person.name : maskName(person.name),
    room: view === 'named' ? person.room : maskRoom(person.room),
    phone: maskPhone(person.phone),
  };
}
