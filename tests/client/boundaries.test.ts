/**
 * Only src/services/ talks to the cloud (DESIGN.md, "Client"): no page, component or feature module
 * calls wx.cloud, fetch, or Taro's request API itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../../src');
const CLOUD_CALLS = /\bTaro\.cloud\b|\bwx\.cloud\b|\bfetch\(|\bTaro\.request\(|\bTaro\.uploadFile\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

test('no file outside src/services calls the cloud', () => {
  const offenders = files(SRC)
    // app.ts only initialises wx.cloud (Taro.cloud.init) once at launch.
    .filter((f) => !relative(SRC, f).startsWith('services/') && relative(SRC, f) !== 'app.ts')
    .filter((f) => CLOUD_CALLS.test(readFileSync(f, 'utf8')))
    .map((f) => relative(SRC, f));
  expect(offenders).toEqual([]);
});
