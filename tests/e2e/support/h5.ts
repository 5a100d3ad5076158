/** Small helpers for driving the H5 build as a demo person (Taro H5 keeps visited pages hidden in the DOM). */
import type { Page } from 'playwright-core';

/** Only what is on screen: Taro H5 keeps earlier pages of the stack in the DOM, hidden. */
export const shown = (page: Page, selector: string) => page.locator(selector).filter({ visible: true });

/**
 * Acts as `openid` the way the dev sign-in does (Taro H5 storage wraps values as {data}), from the
 * home; `elder` switches 长辈模式 on or off as 我的 does.
 */
export async function actAs(
  page: Page,
  baseUrl: string,
  openid: string,
  opts: { elder?: boolean } = {},
): Promise<void> {
  await page.goto(baseUrl + '/pages/login/index');
  await page.evaluate(
    ([id, elder]) => {
      localStorage.setItem('llt.dev-openid', JSON.stringify({ data: id }));
      localStorage.setItem('llt.elder-mode', JSON.stringify({ data: elder }));
    },
    [openid, !!opts.elder] as const,
  );
  await page.goto(baseUrl + '/');
}

/** Computed font size (CSS px) and box height of the first visible match: for 长辈模式 checks. */
export async function sizeOf(page: Page, selector: string): Promise<{ fontPx: number; height: number }> {
  const el = shown(page, selector).first();
  const fontPx = await el.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  const box = await el.boundingBox();
  return { fontPx, height: box?.height ?? 0 };
}

/** Back to the top of the page before a picture (filling a form scrolls it). */
export async function scrollTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelectorAll('*').forEach((el) => {
      if (el.scrollTop > 0) el.scrollTop = 0;
    });
  });
}

/** Opens a 工作台 tile by its title and waits for its page. */
export async function openTile(page: Page, title: string, urlGlob: string): Promise<void> {
  await shown(page, '.tile').filter({ hasText: title }).click();
  await page.waitForURL(urlGlob);
}

/** An 8×8 blue PNG: a photo to attach without any file on disk. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGNwa9qCFTEMLQkAA3NfAQ/ZfWEAAAAASUVORK5CYII=',
  'base64',
);
