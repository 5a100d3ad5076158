/**
 * award (手动加分): an admin gives a member points, with an area of the ten and a reason. The
 * entry id is `award:<admin>:<requestId>`, so a retried or double-tapped award is written once.
 * reverse (冲正): an admin corrects an earning with a new, opposite entry `reverse:<entryId>` —
 * never an edit — so each entry is reversed at most once. A reversal that would take the balance
 * below zero (the points were already spent) is refused with RESOURCE_EXHAUSTED.
 */
import type { EntryView, PointArea } from '../../types/points';
import { causes } from '../../domain/points/causes';
import { reversalOf } from '../../domain/points/ledger';
import { mayManagePoints } from '../../domain/points/permissions';
import { loadActor } from '../_shared/actor';
import { AppFailure, denied, notFound, refusal } from '../_shared/failure';
import { ENTRIES, entryDoc, loadHolder, postEntry } from '../_shared/points-ledger';
import { findById } from '../_shared/records';
import { inTransaction } from '../_shared/transaction';
import { entryView } from './view';

export async function awardPoints(input: {
  userId: string;
  amount: number;
  area: PointArea;
  reason: string;
  requestId: string;
}): Promise<{ entry: EntryView }> {
  const actor = await loadActor();
  if (!mayManagePoints(actor)) throw denied('只有社区管理员可以加分');
  const holder = await loadHolder(input.userId, actor.communityId);
  if (!holder) throw notFound('居民');
  if (!holder.earns) throw refusal('ADDRESS_UNCONFIRMED');
  const at = new Date();
  const _id = causes.award(actor.userId, input.requestId);
  const { entry } = await inTransaction((tx) =>
    postEntry(tx, {
      _id,
      holder,
      kind: 'earn',
      amount: input.amount,
      area: input.area,
      reason: input.reason,
      actorId: actor.userId,
      at,
    }),
  );
  return { entry: entryView(entry) };
}

export async function reverseEntry(input: { entryId: string; reason: string }): Promise<{ entry: EntryView }> {
  const actor = await loadActor();
  if (!mayManagePoints(actor)) throw denied('只有社区管理员可以冲正');
  const original = await findById(ENTRIES, input.entryId, entryDoc);
  if (!original || original.communityId !== actor.communityId) throw notFound('积分记录');
  const figures = reversalOf(original);
  if (!figures.ok) throw new AppFailure(figures.code, figures.message, figures.reason);
  const holder = (await loadHolder(original.userId, actor.communityId)) ?? {
    userId: original.userId,
    name: '',
    communityId: original.communityId,
    gridId: original.gridId,
    earns: false,
  };
  const at = new Date();
  const { entry } = await inTransaction((tx) =>
    postEntry(tx, {
      _id: causes.reversal(original._id),
      holder,
      // A reversal counts against the board the earning counted on.
      gridId: original.gridId,
      kind: 'reversal',
      amount: figures.value.amount,
      area: figures.value.area,
      reason: `冲正：${input.reason}`,
      actorId: actor.userId,
      reverses: original._id,
      at,
    }),
  );
  return { entry: entryView(entry) };
}
