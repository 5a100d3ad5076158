// Draws the weapp map's marker icons (WeChat's <map> wants an image file): a red pin for a 服务阵地
// and a blue dot for the person's own point. Run: node src/assets/map/make-pins.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { png } from '../png.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SIZE = 64;
const inCircle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// a pin: a round head with a hole, tapering to its tip at the bottom centre (the anchor)
const head = inCircle(32, 24, 20);
const hole = inCircle(32, 24, 8);
const tail = (x, y) => y >= 24 && y <= 62 && Math.abs(x - 32) <= ((62 - y) / 38) * 17;
const pin = (x, y) => (head(x, y) || tail(x, y)) && !hole(x, y);
// the person: a ring and a dot
const ring = (x, y) => inCircle(32, 32, 28)(x, y) && !inCircle(32, 32, 20)(x, y);
const dot = inCircle(32, 32, 13);

writeFileSync(join(here, 'pin.png'), png(SIZE, [pin], [0xc8, 0x16, 0x1d]));
writeFileSync(join(here, 'me.png'), png(SIZE, [ring, dot], [0x1d, 0x5f, 0xb8]));
