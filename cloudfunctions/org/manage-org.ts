/**
 * Admins add and rename grids and buildings of their own community. Anything of another community
 * answers NOT_FOUND. Renames are conditional on the community, so a forged id changes nothing.
 */
import type { Building, Grid } from '../../types/org';
import { loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { notFound } from '../_shared/failure';
import { buildingDoc, gridDoc } from '../_shared/models';
import { findById, insertDoc } from '../_shared/records';

const requireAdmin = () => loadAdmin('只有社区管理员可以管理网格和楼栋');

async function requireGrid(gridId: string, communityId: string) {
  const grid = await findById('grids', gridId, gridDoc);
  if (!grid || grid.communityId !== communityId) throw notFound('网格');
  return grid;
}

export async function addGrid(input: { name: string }): Promise<{ grid: Grid }> {
  const actor = await requireAdmin();
  const _id = await insertDoc('grids', {
    communityId: actor.communityId,
    name: input.name,
    createdAt: db().serverDate(),
  });
  return { grid: { _id, name: input.name } };
}

export async function renameGrid(input: { gridId: string; name: string }): Promise<{ grid: Grid }> {
  const actor = await requireAdmin();
  const grid = await requireGrid(input.gridId, actor.communityId);
  await db()
    .collection('grids')
    .where({ _id: grid._id, communityId: actor.communityId })
    .update({ data: { name: input.name } });
  return { grid: { _id: grid._id, name: input.name } };
}

export async function addBuilding(input: { gridId: string; name: string }): Promise<{ building: Building }> {
  const actor = await requireAdmin();
  const grid = await requireGrid(input.gridId, actor.communityId);
  const _id = await insertDoc('buildings', {
    communityId: actor.communityId,
    gridId: grid._id,
    name: input.name,
    createdAt: db().serverDate(),
  });
  return { building: { _id, name: input.name, gridId: grid._id } };
}

export async function renameBuilding(input: { buildingId: string; name: string }): Promise<{ building: Building }> {
  const actor = await requireAdmin();
  const building = await findById('buildings', input.buildingId, buildingDoc);
  if (!building || building.communityId !== actor.communityId) throw notFound('楼栋');
  await db()
    .collection('buildings')
    .where({ _id: building._id, communityId: actor.communityId })
    .update({ data: { name: input.name } });
  return { building: { _id: building._id, name: input.name, gridId: building.gridId } };
}

/**
 * A building moves to another grid of the same community. Orders filed from then on go to the new
 * grid (an order takes its grid from the building when filed); those already filed stay with the
 * grid that has them. Grid grants cover the building through its `gridId`, so the new grid's
 * 网格员 covers it at once and the old one no longer does.
 */
export async function moveBuilding(input: { buildingId: string; gridId: string }): Promise<{ building: Building }> {
  const actor = await requireAdmin();
  const building = await findById('buildings', input.buildingId, buildingDoc);
  if (!building || building.communityId !== actor.communityId) throw notFound('楼栋');
  const grid = await requireGrid(input.gridId, actor.communityId);
  await db()
    .collection('buildings')
    .where({ _id: building._id, communityId: actor.communityId })
    .update({ data: { gridId: grid._id } });
  return { building: { _id: building._id, name: building.name, gridId: grid._id } };
}
