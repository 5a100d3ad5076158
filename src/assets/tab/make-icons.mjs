// Draws the four tabBar icons (81×81 PNG, WeChat's recommended size) without any image tool:
// shapes are sampled 4×4 per pixel for smooth edges. Run: node src/assets/tab/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const here = dirname(fileURLToPath(import.meta.url));

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const halfEllipse = (cx, cy, rx, ry) => (x, y) => y <= cy && ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

const SHAPES = {
  // 工作台: four tiles
  home: [
    roundRect(12, 12, 37, 37, 6),
    roundRect(44, 12, 69, 37, 6),
    roundRect(12, 44, 37, 69, 6),
    roundRect(44, 44, 69, 69, 6),
  ],
  // 我的: a person
  mine: [circle(40.5, 26, 14), halfEllipse(40.5, 72, 27, 28)],
};

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(shapes, [r, g, b]) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0;
    for (let x = 0; x < SIZE; x++) {
      let hit = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const px = x + (sx + 0.5) / 4,
            py = y + (sy + 0.5) / 4;
          if (shapes.some((s) => s(px, py))) hit++;
        }
      const o = y * (SIZE * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = Math.round((hit / 16) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8;
  ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const GREY = [0x66, 0x66, 0x66];
const RED = [0xc8, 0x16, 0x1d];
for (const [name, shapes] of Object.entries(SHAPES)) {
  writeFileSync(join(here, `${name}.png`), png(shapes, GREY));
  writeFileSync(join(here, `${name}-active.png`), png(shapes, RED));
}
