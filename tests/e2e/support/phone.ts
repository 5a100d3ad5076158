/**
 * A phone-sized Chromium (Debian's, at /usr/bin/chromium) for the H5 build: 390×844 at 2×, touch,
 * a fresh profile every time, nothing fetched from the network but our own server.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = resolve(__dirname, '../../artifacts/screenshots');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Phone {
  page: Page;
  context: BrowserContext;
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Screenshots of a Chinese UI are unreadable boxes without a CJK font (apt: fonts-wqy-microhei). */
function warnIfNoChineseFont(): void {
  try {
    if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim()) {
      console.warn('No Chinese font installed: screenshots will show boxes. apt-get install fonts-wqy-microhei');
    }
  } catch {
    // no fontconfig: nothing to check with
  }
}

export async function openPhone(): Promise<Phone> {
  warnIfNoChineseFont();
  const userDataDir = mkdtempSync(join(tmpdir(), 'llt-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    // Times on screen as a phone in China shows them (headless Chromium would otherwise use UTC).
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    context,
    async shot(name) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
