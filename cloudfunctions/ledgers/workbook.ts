/**
 * The one shape every 台账 sheet has, in the form a 街道 asks for: a title row (the community, the
 * ledger, the period), a line saying which grid and when it was made, the column headings, one row
 * per record, and a 合计 row. Frozen headings, borders, column widths for A4 landscape printing.
 */
import ExcelJS from 'exceljs';
import { chinaDateTime } from '../../domain/china-time';

export interface Column {
  header: string;
  /** width in characters */
  width: number;
}

export type Cell = string | number;

export interface SheetSpec {
  name: string;
  title: string;
  /** 网格：全部网格　导出时间：2026-12-02 18:00 */
  subtitle: string;
  columns: Column[];
  rows: Cell[][];
  totals: Cell[];
}

/** Row numbers of the parts, for readers (tests, a 街道's import) that look for them. */
export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export function subtitleOf(gridLabel: string, now: Date): string {
  return `网格：${gridLabel}　　导出时间：${chinaDateTime(now)}`;
}

export function addSheet(book: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = book.addWorksheet(spec.name, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  const width = spec.columns.length;
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));

  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, width);
  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = spec.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(TITLE_ROW).height = 28;

  sheet.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, width);
  sheet.getCell(SUBTITLE_ROW, 1).value = spec.subtitle;

  const header = sheet.getRow(HEADER_ROW);
  header.values = spec.columns.map((c) => c.header);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  });

  for (const row of spec.rows) sheet.addRow(row).eachCell((cell) => (cell.border = BORDER));
  const totals = sheet.addRow(spec.totals);
  totals.font = { bold: true };
  totals.eachCell((cell) => (cell.border = BORDER));
}

export async function workbookBytes(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '邻里通';
  book.created = new Date();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}
