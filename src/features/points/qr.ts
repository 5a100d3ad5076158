/**
 * QR codes drawn with plain views, so they look the same on weapp and H5 with no canvas. The
 * module matrix (qrcode-generator, pure JS) becomes rows of dark runs: each row one view, each run
 * of dark modules one view placed by its start, so a 21×21 code is ~150 nodes instead of 441.
 * Pure.
 */
import qrcode from 'qrcode-generator';

/** A run of dark modules in one row: from column `start`, `length` modules wide. */
export interface DarkRun {
  start: number;
  length: number;
}

export interface QrRows {
  /** Modules per side (21 for the smallest QR code). */
  size: number;
  rows: DarkRun[][];
}

/**
 * The module matrix of `text` (ASCII: the library writes bytes as Latin-1; our codes are A–Z 0–9),
 * smallest version that fits. Level M survives a scratched or
 * glare-struck screen (15% of modules) and keeps an 8-character code at version 1 (21×21).
 */
export function qrMatrix(text: string, level: 'L' | 'M' | 'Q' | 'H' = 'M'): boolean[][] {
  const qr = qrcode(0, level);
  // Upper-case letters and digits fit QR's alphanumeric mode: a smaller code than bytes.
  qr.addData(text, /^[0-9A-Z $%*+\-./:]*$/.test(text) ? 'Alphanumeric' : 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** The dark runs of one row, left to right; adjacent dark modules merged into one run. */
export function darkRuns(row: readonly boolean[]): DarkRun[] {
  const runs: DarkRun[] = [];
  for (let c = 0; c < row.length; c++) {
    if (!row[c]) continue;
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === c) last.length++;
    else runs.push({ start: c, length: 1 });
  }
  return runs;
}

export function qrRows(text: string): QrRows {
  const matrix = qrMatrix(text);
  return { size: matrix.length, rows: matrix.map(darkRuns) };
}

/** How many view nodes a drawing takes: a box, a view a row, a view a run. */
export const nodeCount = (q: QrRows): number => 1 + q.rows.length + q.rows.reduce((n, r) => n + r.length, 0);
