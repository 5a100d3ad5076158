/**
 * 共建单位 (unit_admin): the units they administer with hours totals across the communities each
 * pairs with, the unit's confirmed members with their hours (name, 党组织, skills — never a phone,
 * room or anyone's household), and the unit's signed 反馈卡. Another unit's id is refused.
 * unit.setup is the operator's (no OPENID): it creates a unit and may make someone its admin.
 */
import type { Page } from '../../types/envelope';
import { memberRegistrationSchema, type UnitKind } from '../../types/members';
import type { CardView, UnitMemberRow, UnitOverview } from '../../types/party';
import { administersUnit, unitIdsOf } from '../../domain/party/rules';
import { loadActor } from '../_shared/actor';
import { callerOpenid, db } from '../_shared/cloud';
import { afterCursor, BY_ID, newestFirst, orderedBy, pageFrom } from '../_shared/cursor';
import { denied, notFound, refusal } from '../_shared/failure';
import { hourAccountDoc, HOUR_ACCOUNTS, personHoursId, unitHoursId } from '../_shared/hours-ledger';
import { userIdFor } from '../_shared/ids/user';
import { MEMBER_REGISTRATIONS, UNITS } from '../_shared/members';
import { communityDoc, userDoc } from '../_shared/models';
import { fetchDocs, findById } from '../_shared/records';
import { cardDoc, cardView, CARDS, communityName, unitById } from './model';

const PAGE = 20;

async function ownUnit(unitId: string) {
  const actor = await loadActor();
  if (!administersUnit(actor, unitId)) throw refusal('NOT_UNIT_ADMIN');
  const unit = await unitById(unitId);
  if (!unit) throw notFound('共建单位');
  return unit;
}

const minutesOf = async (accountId: string): Promise<number> =>
  (await findById(HOUR_ACCOUNTS, accountId, hourAccountDoc))?.totalMinutes ?? 0;

export async function unitOverview(): Promise<UnitOverview> {
  const actor = await loadActor();
  const ids = unitIdsOf(actor);
  if (ids.length === 0) throw refusal('NOT_UNIT_ADMIN');
  const units = (await Promise.all(ids.map((id) => unitById(id)))).filter((u) => u !== null);
  return {
    units: await Promise.all(
      units.map(async (u) => {
        const [names, minutes] = await Promise.all([
          Promise.all(u.communityIds.map(async (c) => ({ _id: c, name: await communityName(c) }))),
          Promise.all(u.communityIds.map((c) => minutesOf(unitHoursId(c, u._id)))),
        ]);
        return {
          _id: u._id,
          name: u.name,
          kind: u.kind,
          communities: names,
          totalMinutes: minutes.reduce((a, b) => a + b, 0),
        };
      }),
    ),
  };
}

export async function unitMembers(input: { unitId: string; cursor?: string }): Promise<Page<UnitMemberRow>> {
  const unit = await ownUnit(input.unitId);
  const _ = db().command;
  const where: object[] = [{ unitId: unit._id, status: 'confirmed' }];
  if (input.cursor) where.push(afterCursor(input.cursor, BY_ID));
  const docs = (
    await fetchDocs(orderedBy(db().collection(MEMBER_REGISTRATIONS).where(_.and(where)), BY_ID).limit(PAGE + 1))
  )
    .map((d) => memberRegistrationSchema.parse(d))
    // Only the communities the unit pairs with (a pairing may have ended).
    .filter((r) => unit.communityIds.includes(r.communityId));
  const shown = docs.slice(0, PAGE);
  const [minutes, names] = await Promise.all([
    Promise.all(shown.map((r) => minutesOf(personHoursId(r.communityId, r.userId)))),
    Promise.all([...new Set(shown.map((r) => r.communityId))].map(async (c) => [c, await communityName(c)] as const)),
  ]);
  const nameOf = new Map(names);
  const hours = new Map(shown.map((r, i) => [r._id, minutes[i]]));
  return pageFrom(docs, PAGE, BY_ID, (r) => ({
    _id: r._id,
    userId: r.userId,
    communityId: r.communityId,
    communityName: nameOf.get(r.communityId) ?? '',
    name: r.name,
    partyOrg: r.partyOrg,
    skills: r.skills,
    totalMinutes: hours.get(r._id) ?? 0,
  }));
}

const CARD_ORDER = newestFirst('signedAt');

export async function unitCards(input: { unitId: string; cursor?: string }): Promise<Page<CardView>> {
  const unit = await ownUnit(input.unitId);
  const _ = db().command;
  const where: object[] = [{ unitId: unit._id }];
  if (input.cursor) where.push(afterCursor(input.cursor, CARD_ORDER));
  const docs = (await fetchDocs(orderedBy(db().collection(CARDS).where(_.and(where)), CARD_ORDER).limit(PAGE + 1))).map(
    (d) => cardDoc.parse(d),
  );
  return pageFrom(docs, PAGE, CARD_ORDER, cardView);
}

interface SetupInput {
  unitId: string;
  name: string;
  kind: UnitKind;
  communityIds: string[];
  adminOpenid?: string;
}

/** Operator only: creates or updates a unit, and with adminOpenid grants that person unit_admin. */
export async function setupUnit(input: SetupInput): Promise<{ unitId: string; adminUserId?: string }> {
  if (callerOpenid()) throw denied('共建单位只能由运维人员在云开发控制台或命令行设置');
  for (const id of input.communityIds) if (!(await findById('communities', id, communityDoc))) throw notFound('社区');
  const before = await unitById(input.unitId);
  const data = {
    name: input.name,
    kind: input.kind,
    communityIds: [...new Set(input.communityIds)],
    createdAt: before?.createdAt ?? new Date(),
  };
  await db().collection(UNITS).doc(input.unitId).set({ data });
  if (!input.adminOpenid) return { unitId: input.unitId };
  const userId = userIdFor(input.adminOpenid);
  if (!(await findById('users', userId, userDoc))) throw notFound('该用户（请先让其登录一次小程序）');
  const grant = { role: 'unit_admin', scope: { unitId: input.unitId } };
  await db()
    .collection('users')
    .doc(userId)
    .update({ data: { grants: db().command.addToSet(grant) } });
  return { unitId: input.unitId, adminUserId: userId };
}
