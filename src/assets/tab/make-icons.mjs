// Draws the four tabBar icons (81×81 PNG, WeChat's recommended size) without any image tool:
// shapes are sampled 4×4 per pixel for smooth edges. Run: node src/assets/tab/make-icons.mjs
import { png } from '../png.mjs';
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

const GREY = [0x66, 0x66, 0x66];
const RED = [0xc8, 0x16, 0x1d];
for (const [name, shapes] of Object.entries(SHAPES)) {
  writeFileSync(join(here, `${name}.png`), png(SIZE, shapes, GREY));
  writeFileSync(join(here, `${name}-active.png`), png(SIZE, shapes, RED));
}
