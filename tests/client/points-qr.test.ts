/**
 * The redemption QR code: the matrix really encodes the code (a real decoder reads it back), and
 * drawing it as runs keeps a page far under WeChat's 1,000 nodes.
 */
import jsQR from 'jsqr';
import { darkRuns, nodeCount, qrMatrix, qrRows } from '../../src/features/points/qr';

/** Paints a matrix as RGBA pixels, `scale` px a module, with a 4-module white margin. */
function paint(matrix: boolean[][], scale = 4) {
  const side = (matrix.length + 8) * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const at = (((r + 4) * scale + y) * side + (c + 4) * scale + x) * 4;
          rgba[at] = rgba[at + 1] = rgba[at + 2] = 0;
        }
    }),
  );
  return { rgba, side };
}

test('a dark run is a stretch of dark modules; neighbours merge, gaps split', () => {
  const row = [true, true, false, true, false, false, true, true, true];
  expect(darkRuns(row)).toEqual([
    { start: 0, length: 2 },
    { start: 3, length: 1 },
    { start: 6, length: 3 },
  ]);
  expect(darkRuns([false, false])).toEqual([]);
});

test('an 8-character code is the smallest QR code (21×21), and a decoder reads the code back', () => {
  for (const code of ['7K3M9QXZ', '00000000', 'ZZZZZZZZ', 'A1B2C3D4']) {
    const matrix = qrMatrix(code);
    expect(matrix).toHaveLength(21);
    const { rgba, side } = paint(matrix);
    expect(jsQR(rgba, side, side)?.data).toBe(code);
  }
});

test('the runs redraw exactly the matrix', () => {
  const matrix = qrMatrix('7K3M9QXZ');
  const { size, rows } = qrRows('7K3M9QXZ');
  const redrawn = rows.map((runs) => {
    const row = Array<boolean>(size).fill(false);
    for (const r of runs) row.fill(true, r.start, r.start + r.length);
    return row;
  });
  expect(redrawn).toEqual(matrix);
});

test('a drawn code is under 200 view nodes, so two on a page plus the list stay far under 1,000', () => {
  for (const code of ['7K3M9QXZ', 'WWWWWWWW', '12345678']) expect(nodeCount(qrRows(code))).toBeLessThan(200);
});

test('ASCII text beyond upper-case letters and digits still encodes (as bytes)', () => {
  const { rgba, side } = paint(qrMatrix('llt:7k3m-9qxz'));
  expect(jsQR(rgba, side, side)?.data).toBe('llt:7k3m-9qxz');
});
