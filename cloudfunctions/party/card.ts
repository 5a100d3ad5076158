/**
 * 反馈卡: the community admin writes the remark and signs a member's quarter off (the card is
 * frozen then: services, hours, rating, 1+X and the member's 建议 as they stood); only a signed card exists, so the
 * unit admin lists, reads and downloads signed cards of their own unit only. The Word file is built
 * into the downloader's own folder (the 台账 exports' storeLedger), so its link serves them alone.
 */
import { z } from 'zod';
import { cardIdOf, type CardView } from '../../types/party';
import type { LedgerFile } from '../../types/ledgers';
import { administersUnit, unitIdsOf } from '../../domain/party/rules';
import { isCommunityAdmin } from '../../domain/actor';
import { loadActor, loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { newestFirst } from '../_shared/cursor';
import { notFound, refusal } from '../_shared/failure';
import { registrationOf } from '../_shared/members';
import { findById } from '../_shared/records';
import { fileNameOf, storeLedger } from '../_shared/ledger-files';
import { readPaged } from '../_shared/read-paged';
import { CARD_TITLE, cardDocx } from './card-doc';
import { cardDoc, cardView, CARDS, communityName, rangeOf, suggestionDocsIn, unitById, type CardDoc } from './model';
import { progressOf } from './progress';

/** At most this many service lines on a card; more are summed in the total all the same. */
const MAX_SERVICES = 200;

/** The average score of rated orders the member took that were filed in the period. */
async function ratingOf(communityId: string, userId: string, period: string): Promise<CardDoc['rating']> {
  const { from, to } = rangeOf(period);
  const _ = db().command;
  const orders = await readPaged(
    'orders',
    [{ communityId, takerId: userId }, { createdAt: _.gte(from).and(_.lt(to)) }],
    newestFirst('createdAt'),
    z.object({ _id: z.string(), createdAt: z.coerce.date(), rating: z.object({ score: z.number() }).optional() }),
    { _id: true, createdAt: true, rating: true },
  );
  const scores = orders.flatMap((o) => (o.rating ? [o.rating.score] : []));
  if (scores.length === 0) return null;
  return { average: scores.reduce((a, b) => a + b, 0) / scores.length, count: scores.length };
}

export async function signCard(input: { userId: string; period: string; remark: string }): Promise<CardView> {
  const actor = await loadAdmin('只有社区管理员可以签发反馈卡');
  const reg = await registrationOf(actor.communityId, input.userId);
  if (!reg) throw notFound('报到记录');
  if (reg.status !== 'confirmed') throw refusal('MEMBER_NOT_CONFIRMED');
  const id = cardIdOf(actor.communityId, reg.userId, input.period);
  if (await findById(CARDS, id, cardDoc)) throw refusal('FEEDBACK_CARD_SIGNED');
  const [progress, rating, unit, community, suggestions] = await Promise.all([
    progressOf(actor.communityId, reg.userId, input.period),
    ratingOf(actor.communityId, reg.userId, input.period),
    unitById(reg.unitId),
    communityName(actor.communityId),
    suggestionDocsIn(actor.communityId, reg.userId, input.period),
  ]);
  const card: CardDoc = {
    _id: id,
    communityId: actor.communityId,
    communityName: community,
    userId: reg.userId,
    memberName: reg.name,
    unitId: reg.unitId,
    unitName: unit?.name ?? '',
    partyOrg: reg.partyOrg,
    period: input.period,
    services: [...progress.entries]
      .reverse()
      .slice(0, MAX_SERVICES)
      .map((e) => ({ at: e.at, source: e.source, reason: e.reason, minutes: e.minutes })),
    totalMinutes: progress.view.minutes,
    rating,
    progress: progress.view.items,
    suggestions,
    remark: input.remark,
    signedAt: new Date(),
    signedBy: actor.userId,
  };
  const { _id, ...data } = card;
  try {
    await db()
      .collection(CARDS)
      .add({ data: { _id, ...data } });
  } catch (error) {
    // Two signings at once: the first one stands.
    if (await findById(CARDS, id, cardDoc)) throw refusal('FEEDBACK_CARD_SIGNED');
    throw error;
  }
  return cardView(card);
}

/** The signed card, when the caller may read it: its unit's admin, or its community's admin. */
async function readableCard(cardId: string): Promise<{ card: CardDoc; userId: string }> {
  const actor = await loadActor();
  const card = await findById(CARDS, cardId, cardDoc);
  const communityAdmin = (c: CardDoc) => isCommunityAdmin(actor) && actor.communityId === c.communityId;
  if (!card) {
    // Nothing signed under this id: those who could read a card are told it is not signed yet.
    if (unitIdsOf(actor).length > 0 || isCommunityAdmin(actor)) throw refusal('FEEDBACK_CARD_NOT_SIGNED');
    throw refusal('NOT_UNIT_ADMIN');
  }
  if (!administersUnit(actor, card.unitId) && !communityAdmin(card)) throw refusal('NOT_UNIT_ADMIN');
  return { card, userId: actor.userId };
}

export async function cardFile(input: { cardId: string }): Promise<LedgerFile & { card: CardView }> {
  const { card, userId } = await readableCard(input.cardId);
  const bytes = await cardDocx(card);
  const name = fileNameOf([CARD_TITLE, card.memberName, card.unitName, rangeOf(card.period).label], 'docx');
  const file = await storeLedger(userId, bytes, 'docx', name, card.services.length);
  return { ...file, card: cardView(card) };
}
