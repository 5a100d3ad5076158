/**
 * items: the community's 爱心超市 shelf, 20 a page, newest first (anyone in the community).
 * item.save: an admin adds an item or edits one. A new item's id comes from its name, so a double
 * tap adds it once; names are unique in a community. `stock` is the number of units still
 * available to redeem (units held by pending redemptions are not in it). Redeems move the stock by
 * atomic updates outside transactions (_shared/points/holds.ts), so an edit is a compare-and-set
 * on the stock it read: it lands only if no redeem moved the stock meanwhile (else it reads again),
 * and it adds the change to `supplied` in the same update, keeping the shelf's books.
 */
import type { Page } from '../../types/envelope';
import type { AccountView, ItemView } from '../../types/points';
import { balanceOf } from '../_shared/points-balance';
import { itemIdFor } from '../_shared/ids/points';
import { mayManagePoints } from '../../domain/points/permissions';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { AppFailure, denied, notFound } from '../_shared/failure';
import { fetchDocs, findById, insertDoc } from '../_shared/records';
import { ownPhotos } from '../_shared/photos';
import { ITEMS, itemDoc, type ItemDoc } from '../_shared/points/mall-model';
import { after, pageOf, PAGE_SIZE } from './paging';
import { itemView } from './view';

/** The shelf, with one's own figures beside it (爱心超市 is one call a screen). */
export async function listItems(input: { cursor?: string }): Promise<Page<ItemView> & { account: AccountView }> {
  const actor = await loadActor();
  const conditions: object[] = [{ communityId: actor.communityId }];
  if (input.cursor) conditions.push(after(input.cursor, 'createdAt'));
  const [docs, account] = await Promise.all([
    fetchDocs(
      db()
        .collection(ITEMS)
        .where(db().command.and(conditions))
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(PAGE_SIZE + 1),
    ),
    balanceOf(actor.communityId, actor),
  ]);
  const page = pageOf(
    docs.map((d) => itemDoc.parse(d)),
    (i) => i.createdAt,
    itemView,
  );
  return { ...page, account };
}

export interface ItemInput {
  _id?: string;
  name: string;
  cost: number;
  stock: number;
  limitPerPerson?: number;
  image?: string;
  /** 参考价值 in 分 */
  valueFen?: number;
}

const editable = (input: ItemInput) => ({
  name: input.name,
  cost: input.cost,
  stock: input.stock,
  ...(input.limitPerPerson !== undefined ? { limitPerPerson: input.limitPerPerson } : {}),
  ...(input.image ? { image: input.image } : {}),
  ...(input.valueFen !== undefined ? { valueFen: input.valueFen } : {}),
});

export async function saveItem(input: ItemInput): Promise<{ item: ItemView }> {
  const actor = await loadActor();
  if (!mayManagePoints(actor)) throw denied('只有社区管理员可以管理爱心超市商品');
  return {
    item: itemView(
      input._id
        ? await editItem(actor.communityId, input._id, input, actor.userId)
        : await addItem(actor.communityId, { ...input, image: ownImage(input.image, actor.userId) }),
    ),
  };
}

const EDIT_TRIES = 50;

/** A picture is the caller's own upload (the one photo rule), or none. */
function ownImage(image: string | undefined, userId: string): string | undefined {
  return image ? ownPhotos([image], userId)[0] : undefined;
}

async function editItem(communityId: string, itemId: string, input: ItemInput, userId: string): Promise<ItemDoc> {
  const existing = await findById(ITEMS, itemId, itemDoc);
  if (!existing || existing.communityId !== communityId) throw notFound('商品');
  // The picture it already has stays, whoever uploaded it; a new one must be the caller's own.
  if (input.image && input.image !== existing.image) ownImage(input.image, userId);
  await assertNameFree(communityId, input.name, itemId);
  const _ = db().command;
  for (let run = 0, current = existing; run < EDIT_TRIES; run += 1) {
    const now = new Date();
    const fields = editable(input);
    const data = {
      ...fields,
      // A cleared limit, picture or 参考价值 is really gone.
      ...(input.limitPerPerson === undefined ? { limitPerPerson: _.remove() } : {}),
      ...(input.valueFen === undefined ? { valueFen: _.remove() } : {}),
      ...(input.image ? {} : { image: _.remove() }),
      ...(current.supplied !== undefined ? { supplied: _.inc(input.stock - current.stock) } : {}),
      updatedAt: now,
    };
    const res = (await db().collection(ITEMS).where({ _id: itemId, stock: current.stock }).update({ data })) as {
      stats: { updated: number };
    };
    if (res.stats.updated === 1) {
      const supplied =
        current.supplied === undefined ? {} : { supplied: current.supplied + input.stock - current.stock };
      return {
        ...current,
        ...fields,
        ...supplied,
        limitPerPerson: input.limitPerPerson,
        image: input.image,
        valueFen: input.valueFen,
        updatedAt: now,
      };
    }
    const latest = await findById(ITEMS, itemId, itemDoc);
    if (!latest) throw notFound('商品');
    current = latest;
  }
  throw new AppFailure('CONFLICT', '该商品正在被大量兑换，请稍后再改库存');
}

async function addItem(communityId: string, input: ItemInput): Promise<ItemDoc> {
  const _id = itemIdFor(communityId, input.name);
  const twin = await findById(ITEMS, _id, itemDoc);
  if (twin) return sameOrConflict(twin, input);
  await assertNameFree(communityId, input.name);
  const now = new Date();
  const item: ItemDoc = { _id, communityId, createdAt: now, updatedAt: now, ...editable(input), supplied: input.stock };
  try {
    await insertDoc(ITEMS, item);
    return item;
  } catch (error) {
    const raced = await findById(ITEMS, _id, itemDoc);
    if (raced) return sameOrConflict(raced, input);
    throw error;
  }
}

/** The same add sent twice answers the item; a different item under a used name is a CONFLICT. */
function sameOrConflict(existing: ItemDoc, input: ItemInput): ItemDoc {
  const a = editable(input);
  const b = editable(existing);
  if (JSON.stringify(a) === JSON.stringify(b)) return existing;
  throw new AppFailure('CONFLICT', '该名称的商品已存在或曾经使用过，请修改原商品或换一个名称');
}

async function assertNameFree(communityId: string, name: string, exceptId?: string): Promise<void> {
  const docs = await fetchDocs(db().collection(ITEMS).where({ communityId, name }).limit(2));
  if (docs.some((d) => d._id !== exceptId)) throw new AppFailure('CONFLICT', '已有同名商品，请换一个名称');
}
