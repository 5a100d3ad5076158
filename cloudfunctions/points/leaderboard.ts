/**
 * leaderboard (红榜): people ranked by points EARNED in the period (earnings minus their reversals;
 * spending never lowers a rank, 兑换后不清零), top 20 with names only; and the community's grids
 * ranked by the same total. Month and year start at China-time midnight (domain/points/periods).
 * Scope `community` ranks everyone in the community; scope `grid` ranks the people of one grid
 * (one's own unless `gridId` names another grid of the community).
 *
 * Served by aggregate pipelines over point_entries with an index-friendly match:
 * { communityId, kind ∈ {earn, reversal}, at ≥ since [, gridId] } → group → sort → limit.
 */
import type { BoardPeriod, BoardScope, Leaderboard } from '../../types/points';
import type { Actor } from '../../domain/actor';
import { periodStart } from '../../domain/points/periods';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { AppFailure, notFound } from '../_shared/failure';
import { buildingDoc, gridDoc } from '../_shared/models';
import { ENTRIES } from '../_shared/points-ledger';
import { fetchDocs, findAll, findById } from '../_shared/records';

const TOP_PEOPLE = 20;
const MAX_GRIDS = 100;

interface Total {
  _id: string;
  points: number;
}

export async function readLeaderboard(input: {
  scope: BoardScope;
  period: BoardPeriod;
  gridId?: string;
}): Promise<Leaderboard> {
  const actor = await loadActor();
  const since = periodStart(input.period, new Date());
  const _ = db().command;
  const grids = await findAll('grids', { communityId: actor.communityId }, gridDoc);
  const match: Record<string, unknown> = { communityId: actor.communityId, kind: _.in(['earn', 'reversal']) };
  if (since) match.at = _.gte(since);
  const peopleMatch =
    input.scope === 'grid' ? { ...match, gridId: await boardGrid(actor, input.gridId, grids) } : match;

  const [peopleTotals, gridTotals] = await Promise.all([
    totals(peopleMatch, '$userId', TOP_PEOPLE),
    totals({ ...match, gridId: _.neq('') }, '$gridId', MAX_GRIDS),
  ]);
  const names = await namesOf(peopleTotals.map((t) => t._id));
  const gridPoints = new Map(gridTotals.map((t) => [t._id, t.points]));
  const rankedGrids = grids
    .map((g) => ({ gridId: g._id, name: g.name, points: gridPoints.get(g._id) ?? 0 }))
    .sort((a, b) => b.points - a.points || a.gridId.localeCompare(b.gridId));
  return {
    scope: input.scope,
    period: input.period,
    ...(since ? { since: since.toISOString() } : {}),
    people: peopleTotals.map((t, i) => ({
      rank: i + 1,
      name: names.get(t._id) ?? '',
      points: t.points,
      isMe: t._id === actor.userId,
    })),
    grids: rankedGrids.map((g, i) => ({ rank: i + 1, ...g })),
  };
}

/** Σ lifetimeDelta per key, positive totals only, highest first (ties by id, so ranks are stable). */
async function totals(match: Record<string, unknown>, key: string, limit: number): Promise<Total[]> {
  const _ = db().command;
  const $ = _.aggregate;
  const res = (await db()
    .collection(ENTRIES)
    .aggregate()
    .match(match)
    .group({ _id: key, points: $.sum('$lifetimeDelta') })
    .match({ points: _.gt(0) })
    .sort({ points: -1, _id: 1 })
    .limit(limit)
    .end()) as { list: Total[] };
  return res.list;
}

async function namesOf(userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const docs = await fetchDocs(
    db()
      .collection('users')
      .where({ _id: db().command.in(userIds) })
      .field({ name: true })
      .limit(userIds.length),
  );
  return new Map(docs.map((d) => [String(d._id), String(d.name)]));
}

/** The grid a grid board is for: the one asked for (of this community), else the caller's own. */
async function boardGrid(actor: Actor, gridId: string | undefined, grids: { _id: string }[]): Promise<string> {
  if (gridId) {
    if (!grids.some((g) => g._id === gridId)) throw notFound('网格');
    return gridId;
  }
  const building = actor.buildingId ? await findById('buildings', actor.buildingId, buildingDoc) : null;
  if (!building || building.communityId !== actor.communityId) {
    throw new AppFailure('FAILED_PRECONDITION', '请先在「我的」里填写所住楼栋，或选择一个网格');
  }
  return building.gridId;
}
