/**
 * The local stand-in for cloud storage (wx.cloud.uploadFile on weapp). The H5 client posts an
 * image's bytes and gets a file id `local://uploads/<owner>/<name>`, which functions store like a
 * `cloud://` id; `GET /storage/uploads/<owner>/<name>` serves it back.
 *
 * - Only known users upload: `ownerOf` (LocalCloudOptions.uploadOwner) names the caller's folder,
 *   the app's id for them; a caller it does not know (never signed in) uploads nothing. The folder
 *   records the uploader, so a function can accept only the caller's own uploads.
 * - Only images, judged by their bytes (JPEG, PNG, WebP, GIF signatures), never by the header the
 *   caller sends; the name's extension is the type found, and it is served with that type and
 *   `nosniff`, so a browser never reads an upload as a page.
 * - At most MAX_UPLOAD_BYTES each and MAX_UPLOADS_PER_DAY per person in any 24 hours.
 * Names are random, never the caller's.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Far above a day of real use (an order takes at most 9 photos), far below filling a disk. */
export const MAX_UPLOADS_PER_DAY = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};
const OWNER = /^[A-Za-z0-9_-]{1,64}$/;
const NAME = /^[a-f0-9]{32}\.(jpg|png|webp|gif)$/;

/** Which image the bytes are, by their signature; undefined for anything else. */
export function imageTypeOf(bytes: Buffer): string | undefined {
  const starts = (hex: string, at = 0) => bytes.subarray(at, at + hex.length / 2).equals(Buffer.from(hex, 'hex'));
  if (starts('ffd8ff')) return 'jpg';
  if (starts('89504e470d0a1a0a')) return 'png';
  if (starts('474946383761') || starts('474946383961')) return 'gif'; // GIF87a, GIF89a
  if (starts('52494646') && starts('57454250', 8)) return 'webp'; // RIFF....WEBP
  return undefined;
}

export type UploadResult = { status: number; body: unknown };

export function saveUpload(storageDir: string, owner: string, bytes: Buffer, now = Date.now()): UploadResult {
  if (!OWNER.test(owner)) return fail(401, 'UNAUTHENTICATED', '请先登录');
  if (bytes.length === 0) return fail(400, 'INVALID_ARGUMENT', '图片内容为空');
  const ext = imageTypeOf(bytes);
  if (!ext) return fail(400, 'INVALID_ARGUMENT', '只能上传 JPG、PNG、WEBP 或 GIF 图片');
  const dir = path.join(storageDir, 'uploads', owner);
  mkdirSync(dir, { recursive: true });
  if (uploadsSince(dir, now - DAY_MS) >= MAX_UPLOADS_PER_DAY) {
    return fail(429, 'RESOURCE_EXHAUSTED', `每天最多上传 ${MAX_UPLOADS_PER_DAY} 张图片`);
  }
  const name = `${randomBytes(16).toString('hex')}.${ext}`;
  writeFileSync(path.join(dir, name), bytes);
  return { status: 200, body: { ok: true, data: { fileId: `local://uploads/${owner}/${name}` } } };
}

function uploadsSince(dir: string, since: number): number {
  return readdirSync(dir).filter((name) => NAME.test(name) && statSync(path.join(dir, name)).mtimeMs >= since).length;
}

/** Serves `/storage/uploads/<owner>/<name>`; answers false when there is no such file. */
export function serveUpload(res: ServerResponse, storageDir: string, owner: string, name: string): boolean {
  if (!OWNER.test(owner) || !NAME.test(name)) return false;
  const file = path.join(storageDir, 'uploads', owner, name);
  if (!existsSync(file)) return false;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[name.split('.').pop() as string],
    'x-content-type-options': 'nosniff',
    // Opened on its own, it is still only an image: no script, no page.
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, max-age=86400',
  });
  createReadStream(file).pipe(res);
  return true;
}

export function readBytes(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function fail(status: number, code: string, message: string): UploadResult {
  return { status, body: { ok: false, error: { code, message } } };
}
