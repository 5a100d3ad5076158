/**
 * The local stand-in for cloud storage (wx.cloud.uploadFile on weapp). The H5 client posts an
 * image's bytes and gets a file id `local://uploads/<name>`, which functions store like a
 * `cloud://` id; `GET /storage/uploads/<name>` serves it back.
 *
 * Only signed-in callers upload, only images, at most 5 MB; names are random, never the caller's.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};
const CONTENT_TYPES = Object.fromEntries(Object.entries(TYPES).map(([type, ext]) => [ext, type]));
const NAME = /^[a-f0-9]{32}\.(jpg|png|webp|gif)$/;

export type UploadResult = { status: number; body: unknown };

export function saveUpload(storageDir: string, contentType: string | undefined, bytes: Buffer): UploadResult {
  const ext = TYPES[(contentType ?? '').split(';')[0].trim().toLowerCase()];
  if (!ext) return fail(400, 'INVALID_ARGUMENT', '只能上传 JPG、PNG、WEBP 或 GIF 图片');
  if (bytes.length === 0) return fail(400, 'INVALID_ARGUMENT', '图片内容为空');
  const name = `${randomBytes(16).toString('hex')}.${ext}`;
  const dir = path.join(storageDir, 'uploads');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), bytes);
  return { status: 200, body: { ok: true, data: { fileId: `local://uploads/${name}` } } };
}

/** Serves `/storage/uploads/<name>`; answers false when there is no such file. */
export function serveUpload(res: ServerResponse, storageDir: string, name: string): boolean {
  if (!NAME.test(name)) return false;
  const file = path.join(storageDir, 'uploads', name);
  if (!existsSync(file)) return false;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[name.split('.').pop() as string],
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
