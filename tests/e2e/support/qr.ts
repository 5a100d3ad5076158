/**
 * Reads a QR code the way a counter's scanner would: from a screenshot of what is on screen. The
 * picture is decoded by jsQR inside a blank page of the same browser (canvas does the PNG). Like a
 * scanner held up to a phone, it keeps looking for a few seconds: a page still sliding in (Taro's
 * page transition) moves the code under the camera, and one picture then reads nothing.
 */
import { resolve } from 'node:path';
import type { BrowserContext, Locator } from 'playwright-core';

const JSQR = resolve(__dirname, '../../../node_modules/jsqr/dist/jsQR.js');

export async function readQrCode(context: BrowserContext, element: Locator, forMs = 3000): Promise<string | null> {
  const until = Date.now() + forMs;
  for (;;) {
    const read = await readOnce(context, element);
    if (read !== null || Date.now() > until) return read;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function readOnce(context: BrowserContext, element: Locator): Promise<string | null> {
  const png = await element.screenshot();
  const page = await context.newPage();
  try {
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: JSQR });
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      type Decode = (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
      return (window as unknown as { jsQR: Decode }).jsQR(data, img.width, img.height)?.data ?? null;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}
