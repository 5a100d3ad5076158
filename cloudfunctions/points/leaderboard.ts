/**
 * leaderboard (红榜): people ranked by points EARNED in the period (earnings minus their reversals;
 * spending never lowers a rank, 兑换后不清零), top 20 with names only; and the community's grids
 * ranked by the same total. Month and year start at China-time midnight (domain/points/periods).
 * Scope `community` ranks everyone in the community; scope `grid` ranks the people of one grid
 * (one's own unless `gridId` names another grid of the community).
 *
 * Served by counters (domain/points/boards.ts), written with each earning: a board is one read of
 * point_counters { communityId, board, period, gridId, points > 0 } sorted by points, served by the
 * `board` index, whatever the number of entries. Names come from the ≤ 20 users by id.
 */
import type { BoardPeriod, BoardScope, Leaderboard } from '../../types/points';
import type { Actor } from '../../domain/actor';
import { periodKeyFor, type Board } from '../../domain/points/boards';
import { periodStart } from '../../domain/points/periods';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { AppFailure, notFound } from '../_shared/failure';
import { buildingDoc, gridDoc } from '../_shared/models';
import { COUNTERS, counterDoc } from '../_shared/points/counters';
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
  const now = new Date();
  const since = periodStart(input.period, now);
  const period = periodKeyFor(input.period, now);
  const top = (board: Board, gridId: string, limit: number) =>
    topCounters({ communityId: actor.communityId, board, period, gridId }, limit);
  // Independent reads go out together: a board is three hops deep (actor, then these, then names),
  // not five, and each hop is a database round trip that shows in the p95.
  const gridsRead = findAll('grids', { communityId: actor.communityId }, gridDoc);
  const peopleRead =
    input.scope === 'grid'
      ? boardGrid(actor, input.gridId, gridsRead).then((gridId) => top('grid_people', gridId, TOP_PEOPLE))
      : top('people', '', TOP_PEOPLE);
  const [grids, peopleTotals, gridTotals] = await Promise.all([gridsRead, peopleRead, top('grids', '', MAX_GRIDS)]);
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

/** The counters of one board and period, positive ones only, highest first (ties by subject, so ranks are stable). */
async function topCounters(
  board: { communityId: string; board: Board; period: string; gridId: string },
  limit: number,
): Promise<Total[]> {
  const docs = await fetchDocs(
    db()
      .collection(COUNTERS)
      .where({ ...board, points: db().command.gt(0) })
      .orderBy('points', 'desc')
      .orderBy('subjectId', 'asc')
      .limit(limit),
  );
  return docs.map((d) => {
    const c = counterDoc.parse(d);
    return { _id: c.subjectId, points: c.points };
  });
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

/**
 * The grid a grid board is for: the one asked for (of this community, checked against the grids
 * once they arrive), else the caller's own (their building's grid, read alongside the grids).
 */
async function boardGrid(actor: Actor, gridId: string | undefined, grids: Promise<{ _id: string }[]>): Promise<string> {
  if (gridId) {
    if (!(await grids).some((g) => g._id === gridId)) throw notFound('网格');
    return gridId;
  }
  const building = actor.buildingId ? await findById('buildings', actor.buildingId, buildingDoc) : null;
  if (!building || building.communityId !== actor.communityId) {
    throw new AppFailure('FAILED_PRECONDITION', '请先在「我的」里填写所住楼栋，或选择一个网格');
  }
  return building.gridId;
}
