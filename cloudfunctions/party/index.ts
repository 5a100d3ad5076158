/**
 * Function `party` (issue 14): 在职党员报到 — a party member registers with the community they live
 * in (unit, 党组织, skills, times) and the admin confirms; the 1+X commitment per quarter (活动, 结对,
 * 微心愿, 建议) with progress from the records; the 反馈卡 the community signs off and the member's
 * 共建单位 (unit_admin) reads and downloads as Word.
 */
import { partyEventSchema, type PartyEvent } from '../../types/party';
import { defineFunction } from '../_shared/define-function';
import { listUnits, mine, register, suggest } from './register';
import { decide, memberDetail, pair, reviewList } from './review';
import { cardFile, signCard } from './card';
import { setupUnit, unitCards, unitMembers, unitOverview } from './unit';

export const main = defineFunction<PartyEvent>('party', partyEventSchema, {
  units: () => listUnits(),
  register: (e) => register(e),
  mine: (e) => mine(e),
  suggest: (e) => suggest(e),
  'review.list': (e) => reviewList(e),
  'review.decide': (e) => decide(e),
  'member.get': (e) => memberDetail(e),
  pair: (e) => pair(e),
  'card.sign': (e) => signCard(e),
  'unit.overview': () => unitOverview(),
  'unit.members': (e) => unitMembers(e),
  'card.list': (e) => unitCards(e),
  'card.file': (e) => cardFile(e),
  'unit.setup': (e) => setupUnit(e),
});
