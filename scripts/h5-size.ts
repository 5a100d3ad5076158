/**
 * How heavy the H5 build is, as a phone sees it (part of `npm run bench`; alone:
 * `node --import tsx scripts/h5-size.ts`, after `npm run build:h5`):
 *  - all JS in dist/h5, and how many chunks carry zod / Taro's view core (shared code duplicated
 *    across page chunks is what a vendor chunk removes);
 *  - the first screen: the JS and CSS files Chromium fetches to draw 周奶奶's 工作台, raw and as
 *    gzip / brotli would send them.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startLocalCloud } from '../localcloud';
import { COLLECTIONS } from '../types/collections';
import { seedDemo } from './demo-seed';

const root = resolve(__dirname, '..');
export const H5_DIR = join(root, 'dist/h5');

/** Markers that only the named library's code contains (they survive minification: strings). */
export const LIBRARY_MARKERS: Record<string, RegExp> = {
  zod: /"invalid_type"/,
  'taro view core': /taro-view-core/,
  // The chart library: only the 数据看板's chunk may carry it (never the first screen).
  uCharts: /\[uCharts\]/,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function jsFiles(dir: string): string[] {
  const jsDir = join(dir, 'js');
  return existsSync(jsDir)
    ? readdirSync(jsDir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(jsDir, f))
    : [];
}

/** Which chunks contain each library's marker. */
export function chunksWith(dir = H5_DIR): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const files = jsFiles(dir).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  for (const [lib, marker] of Object.entries(LIBRARY_MARKERS)) {
    out[lib] = files.filter((f) => marker.test(f.text)).map((f) => f.file);
  }
  return out;
}

function sizes(files: string[]): { raw: number; gzip: number; br: number } {
  let raw = 0;
  let gzip = 0;
  let br = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    br += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, br };
}

/** The static files (by path under dist/h5) a fresh browser fetches to show the signed-in home. */
async function firstScreenFiles(): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'llt-h5size-'));
  const profile = mkdtempSync(join(tmpdir(), 'llt-h5size-chromium-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: join(root, 'dist/cloudfunctions'),
    staticDir: H5_DIR,
    collections: [...COLLECTIONS],
    seedIfEmpty: (store) => seedDemo(store),
    log: () => undefined,
  });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // Sign in first (that page loads its own chunks), then count a fresh load of the home only.
    await page.goto(cloud.url + '/pages/login/index');
    await page.evaluate(() => localStorage.setItem('llt.dev-openid', JSON.stringify({ data: 'demo-resident-1' })));
    await context.clearCookies();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    const seen = new Set<string>();
    page.on('response', (res) => {
      const { pathname } = new URL(res.url());
      if (/\.(js|css)$/.test(pathname)) seen.add(pathname);
    });
    await page.goto(cloud.url + '/');
    await page.getByText('周奶奶，您好').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return [...seen].map((p) => join(H5_DIR, p));
  } finally {
    await context.close();
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function reportH5Size(print: (line: string) => void): Promise<void> {
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    print('H5 build: n/a (run npm run build:h5 first)');
    return;
  }
  const all = jsFiles(H5_DIR);
  const total = sizes(all);
  print(`H5 all JS: ${all.length} files, ${kb(total.raw)} (gzip ${kb(total.gzip)}, br ${kb(total.br)})`);
  for (const [lib, files] of Object.entries(chunksWith())) print(`H5 chunks containing ${lib}: ${files.length}`);
  try {
    const first = await firstScreenFiles();
    const s = sizes(first);
    print(
      `H5 first screen (signed-in home): ${first.length} JS/CSS files, ${kb(s.raw)} raw, gzip ${kb(s.gzip)}, br ${kb(s.br)}`,
    );
  } catch (error) {
    print(`H5 first screen: n/a (${(error as Error).message.split('\n')[0]})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  reportH5Size((line) => console.log(line)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
