/** 三单台账: every order filed in the period (one grid or all), oldest first, as an Excel workbook. */
import { LEDGER_LABELS, type LedgerFile } from '../../types/ledgers';
import { ORDER_COLUMNS, orderRow, orderTotals } from '../../domain/ledgers/order-rows';
import { db } from '../_shared/cloud';
import { newestFirst } from '../_shared/cursor';
import { orderDoc } from '../_shared/orders/model';
import { fileNameOf, storeLedger } from './files';
import { readPaged } from './read-paged';
import { exportContext, type ExportContext } from './scope';
import { addSheet, subtitleOf, workbookBytes } from './workbook';

/** Served by orders' community_created / grid_created indexes. */
export async function readOrders(ctx: ExportContext) {
  const _ = db().command;
  const where: object[] = [
    { communityId: ctx.communityId, ...(ctx.gridId ? { gridId: ctx.gridId } : {}) },
    { createdAt: _.gte(ctx.period.from).and(_.lt(ctx.period.to)) },
  ];
  const newest = await readPaged('orders', where, newestFirst('createdAt'), orderDoc);
  return newest.reverse();
}

export async function ordersWorkbook(ctx: ExportContext, now = new Date()): Promise<{ bytes: Buffer; rows: number }> {
  const orders = await readOrders(ctx);
  const names = { grids: ctx.gridNames, buildings: ctx.buildingNames };
  const bytes = await workbookBytes((book) =>
    addSheet(book, {
      name: LEDGER_LABELS.orders,
      title: `${ctx.communityName}${LEDGER_LABELS.orders}（${ctx.period.label}）`,
      subtitle: subtitleOf(ctx.gridLabel, now),
      columns: ORDER_COLUMNS,
      rows: orders.map((o, i) => orderRow(o, i + 1, ctx.personal, names)),
      totals: orderTotals(orders),
    }),
  );
  return { bytes, rows: orders.length };
}

export async function exportOrders(event: {
  period: string;
  gridId?: string;
  communityId?: string;
}): Promise<LedgerFile> {
  const ctx = await exportContext(event);
  const { bytes, rows } = await ordersWorkbook(ctx);
  const name = fileNameOf([LEDGER_LABELS.orders, ctx.communityName, ctx.gridLabel, ctx.period.label], 'xlsx');
  return storeLedger(ctx.userId, bytes, 'xlsx', name, rows);
}
