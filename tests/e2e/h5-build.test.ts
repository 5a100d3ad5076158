/**
 * The H5 build (made by this set's globalSetup) shares its libraries instead of copying them into
 * every page chunk (config/h5-chunks.ts), and names every script and stylesheet by content hash,
 * which is what lets the local cloud cache them for a year (localcloud/static-files.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chunksWith, H5_DIR } from '../../scripts/h5-size';

const filesIn = (dir: string) => readdirSync(join(H5_DIR, dir)).filter((f) => /\.(js|css)$/.test(f));

test('zod and Taro’s view core are each in exactly one chunk', () => {
  const found = chunksWith(H5_DIR);
  expect(found.zod).toHaveLength(1);
  expect(found['taro view core']).toHaveLength(1);
});

test('uCharts is only in the 数据看板 page’s own chunk, so no other page (and not the first screen) loads it', () => {
  const found = chunksWith(H5_DIR).uCharts;
  expect(found).toHaveLength(1);
  const chunk = readFileSync(found[0], 'utf8');
  expect(chunk).toContain('stats-body');
  expect(readFileSync(resolve(H5_DIR, 'index.html'), 'utf8')).not.toContain(found[0].split('/').pop());
});

test('every script and stylesheet carries a content hash; index.html names only hashed files', () => {
  const names = [...filesIn('js'), ...filesIn('css')];
  expect(names.length).toBeGreaterThan(2);
  for (const name of names) expect(name).toMatch(/\.[0-9a-f]{8}\.(js|css)$/);
  const html = readFileSync(resolve(H5_DIR, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  expect(referenced.length).toBeGreaterThan(0);
  for (const ref of referenced) expect(ref).toMatch(/\.[0-9a-f]{8}\.(js|css)$/);
});
