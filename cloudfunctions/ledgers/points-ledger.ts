/**
 * 积分台账: the period's ledger entries of the community (or one grid), summed per person and area,
 * with each person's balance and lifetime total as they stand now, and every entry on a second sheet.
 */
import { LEDGER_LABELS, type LedgerFile } from '../../types/ledgers';
import {
  ENTRY_COLUMNS,
  POINTS_COLUMNS,
  entryRow,
  personRow,
  sumRow,
  totalsByPerson,
} from '../../domain/ledgers/points-rows';
import { db } from '../_shared/cloud';
import { newestFirst } from '../_shared/cursor';
import { accountIdFor } from '../_shared/ids/points';
import { userDoc } from '../_shared/models';
import { ACCOUNTS, ENTRIES, accountDoc, entryDoc } from '../_shared/points-ledger';
import { DB_PAGE, fetchDocs } from '../_shared/records';
import { fileNameOf, storeLedger } from '../_shared/ledger-files';
import { readPaged } from '../_shared/read-paged';
import { exportContext, type ExportContext } from './scope';
import { addSheet, subtitleOf, workbookBytes } from './workbook';

/** Served by point_entries' community_at / community_grid_at indexes. */
async function readEntries(ctx: ExportContext) {
  const _ = db().command;
  const where: object[] = [
    { communityId: ctx.communityId, ...(ctx.gridId ? { gridId: ctx.gridId } : {}) },
    { at: _.gte(ctx.period.from).and(_.lt(ctx.period.to)) },
  ];
  return (await readPaged(ENTRIES, where, newestFirst('at'), entryDoc)).reverse();
}

/** Documents by `_id`, 100 ids a read (an `_id` lookup needs no index). */
async function byIds<T>(collection: string, ids: string[], parse: (d: unknown) => T): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += DB_PAGE) {
    const docs = await fetchDocs(
      db()
        .collection(collection)
        .where({ _id: db().command.in(ids.slice(i, i + DB_PAGE)) })
        .limit(DB_PAGE),
    );
    out.push(...docs.map(parse));
  }
  return out;
}

export async function pointsWorkbook(ctx: ExportContext, now = new Date()): Promise<{ bytes: Buffer; rows: number }> {
  const entries = await readEntries(ctx);
  const people = totalsByPerson(entries);
  const userIds = people.map((p) => p.userId);
  const users = new Map((await byIds('users', userIds, (d) => userDoc.parse(d))).map((u) => [u._id, u]));
  const accountIds = userIds.map((id) => accountIdFor(ctx.communityId, id));
  const accounts = new Map((await byIds(ACCOUNTS, accountIds, (d) => accountDoc.parse(d))).map((a) => [a.userId, a]));
  const nameOf = (userId: string) => users.get(userId)?.name ?? '（已注销）';
  const gridOf = (gridId: string) => ctx.gridNames.get(gridId) ?? '';

  const personRows = people.map((p, i) =>
    personRow(
      p,
      i + 1,
      {
        name: nameOf(p.userId),
        gridName: gridOf(p.gridId),
        balance: accounts.get(p.userId)?.balance ?? 0,
        lifetime: accounts.get(p.userId)?.lifetime ?? 0,
      },
      ctx.personal,
    ),
  );
  const entryRows = entries.map((e, i) => entryRow(e, i + 1, nameOf(e.userId), gridOf(e.gridId), ctx.personal));
  const entryTotals: (string | number)[] = ENTRY_COLUMNS.map(() => '');
  entryTotals[0] = '合计';
  entryTotals[1] = `共 ${entries.length} 条`;
  entryTotals[6] = entries.reduce((s, e) => s + e.amount, 0);

  const title = (what: string) => `${ctx.communityName}${what}（${ctx.period.label}）`;
  const subtitle = subtitleOf(ctx.gridLabel, now);
  const bytes = await workbookBytes((book) => {
    addSheet(book, {
      name: '按人汇总',
      title: title(LEDGER_LABELS.points),
      subtitle,
      columns: POINTS_COLUMNS,
      rows: personRows,
      totals: sumRow(personRows, POINTS_COLUMNS.length, `共 ${people.length} 人`),
    });
    addSheet(book, {
      name: '积分明细',
      title: title('积分明细'),
      subtitle,
      columns: ENTRY_COLUMNS,
      rows: entryRows,
      totals: entryTotals,
    });
  });
  return { bytes, rows: people.length };
}

export async function exportPoints(event: {
  period: string;
  gridId?: string;
  communityId?: string;
}): Promise<LedgerFile> {
  const ctx = await exportContext(event);
  const { bytes, rows } = await pointsWorkbook(ctx);
  const name = fileNameOf([LEDGER_LABELS.points, ctx.communityName, ctx.gridLabel, ctx.period.label], 'xlsx');
  return storeLedger(ctx.userId, bytes, 'xlsx', name, rows);
}
