/** Helpers for 台账 tests: fetch an export's file as its owner would, and read it back. */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chinaWallClock } from '../../domain/china-time';

/** The China month an instant falls in, "2026-12". */
export function chinaMonth(at: Date = new Date()): string {
  return chinaWallClock(at).toISOString().slice(0, 7);
}

/** GETs a temp URL as `openid` (the H5 client sends x-openid): the status and the bytes. */
export async function download(url: string, openid: string | null): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(url, { headers: openid ? { 'x-openid': openid } : {} });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows as arrays of cell texts (1-based columns shifted to 0-based). */
export function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    rows[n - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The text of word/document.xml inside a docx (unzipped with the system's unzip). */
export function docxText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'llt-docx-'));
  try {
    const file = join(dir, 'minutes.docx');
    writeFileSync(file, bytes);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    return xml.replace(/<[^>]+>/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
