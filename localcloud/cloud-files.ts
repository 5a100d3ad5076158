/**
 * The local stand-in for the files a cloud function writes to cloud storage (`cloud.uploadFile`,
 * `cloud.getTempFileURL`), answering the unmodified SDK (@cloudbase/node-sdk 3.17.2 storage/index.js):
 *
 *   storage.getUploadMetadata {path}    → { url, token, authorization, fileId, cosFileId }: where to PUT
 *   PUT  /storage/put/<token>            the bytes (COS's answer on success is an empty body)
 *   storage.batchGetDownloadUrl {file_list: [{fileid, max_age}]} → { download_list: [{ fileID, tempFileURL, code }] }
 *   GET  /storage/files/<path>?expires&sign   the file, while the temp URL is valid
 *
 * The two storage actions arrive on the SDK's database URL, so only the local cloud's own function
 * instances (holding the per-start secret) can ask for them. A file a function stores for a person
 * lives at `<folder>/<userId>/<name>` (e.g. `ledgers/<userId>/<random>.xlsx`); the server serves it
 * only with a valid, unexpired signature AND only to that person (x-openid known as `<userId>`),
 * so neither a leaked link nor a guessed path gives it to anyone else.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

/** A bucket name of our own, so the file ids read like WeChat's `cloud://<env>.<bucket>/<path>`. */
const BUCKET = 'localcloud-files';
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/;
const MAX_SEGMENTS = 6;
const PUT_TOKEN_MS = 10 * 60 * 1000;
const DEFAULT_MAX_AGE_S = 2 * 60 * 60;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A safe relative path (`a/b/c.xlsx`), or undefined: no '..', no empty or odd segment. */
export function safeCloudPath(cloudPath: unknown): string | undefined {
  if (typeof cloudPath !== 'string') return undefined;
  const segments = cloudPath.split('/');
  if (segments.length < 2 || segments.length > MAX_SEGMENTS) return undefined;
  if (!segments.every((s) => SEGMENT.test(s) && !s.includes('..'))) return undefined;
  return segments.join('/');
}

export class CloudFiles {
  /** PUT tokens issued by getUploadMetadata: each names one path and is used once. */
  private readonly pending = new Map<string, { path: string; until: number }>();

  constructor(
    private readonly dir: string,
    private readonly env: string,
    private readonly secret: string,
  ) {}

  fileIdOf(cloudPath: string): string {
    return `cloud://${this.env}.${BUCKET}/${cloudPath}`;
  }

  /** The path inside the bucket of one of our file ids, or undefined. */
  pathOf(fileId: unknown): string | undefined {
    const prefix = `cloud://${this.env}.${BUCKET}/`;
    if (typeof fileId !== 'string' || !fileId.startsWith(prefix)) return undefined;
    return safeCloudPath(fileId.slice(prefix.length));
  }

  /** Answers the SDK's storage actions (the body it posted to the database URL). */
  handle(body: Record<string, unknown>, origin: string, now = Date.now()): Record<string, unknown> {
    if (body.action === 'storage.getUploadMetadata') {
      const cloudPath = safeCloudPath(body.path);
      if (!cloudPath) return { code: 'INVALID_PARAM', message: 'invalid cloud path' };
      const token = randomBytes(16).toString('hex');
      this.pending.set(token, { path: cloudPath, until: now + PUT_TOKEN_MS });
      return {
        data: {
          url: `${origin}/storage/put/${token}`,
          token,
          authorization: token,
          fileId: this.fileIdOf(cloudPath),
          cosFileId: token,
        },
      };
    }
    if (body.action === 'storage.batchGetDownloadUrl') {
      const list = Array.isArray(body.file_list) ? (body.file_list as Record<string, unknown>[]) : [];
      return { data: { download_list: list.map((f) => this.tempUrl(f, origin, now)) } };
    }
    return { code: 'INVALID_PARAM', message: `the local cloud does not support ${String(body.action)}` };
  }

  private tempUrl(file: Record<string, unknown>, origin: string, now: number) {
    const fileID = String(file?.fileid ?? '');
    const cloudPath = this.pathOf(fileID);
    if (!cloudPath || !existsSync(path.join(this.dir, cloudPath))) {
      return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
    }
    const maxAge = Number(file.max_age) > 0 ? Number(file.max_age) : DEFAULT_MAX_AGE_S;
    const expires = now + maxAge * 1000;
    const query = `expires=${expires}&sign=${this.sign(cloudPath, expires)}`;
    return { fileID, tempFileURL: `${origin}/storage/files/${cloudPath}?${query}`, code: 'SUCCESS', maxAge };
  }

  /** The bytes of a PUT; false when the token is unknown, used or stale. */
  put(token: string, bytes: Buffer, now = Date.now()): boolean {
    const entry = this.pending.get(token);
    this.pending.delete(token);
    if (!entry || entry.until < now) return false;
    const file = path.join(this.dir, entry.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return true;
  }

  /**
   * Serves a temp URL's file to its owner: the signature must match and be unexpired, and the
   * caller (`ownerOf` their x-openid) must be the `<userId>` the path names. 403 otherwise.
   */
  serve(
    res: ServerResponse,
    rawPath: string,
    search: URLSearchParams,
    caller: string | undefined,
    now = Date.now(),
  ): void {
    const cloudPath = safeCloudPath(rawPath);
    const expires = Number(search.get('expires'));
    const sign = search.get('sign') ?? '';
    const owner = cloudPath?.split('/')[1];
    const valid =
      cloudPath !== undefined &&
      Number.isFinite(expires) &&
      expires >= now &&
      sameText(sign, this.sign(cloudPath, expires)) &&
      caller !== undefined &&
      caller === owner;
    const file = cloudPath ? path.join(this.dir, cloudPath) : '';
    if (!valid || !existsSync(file)) {
      res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ ok: false, error: { code: 'PERMISSION_DENIED', message: '您没有权限下载此文件' } }));
      return;
    }
    const name = path.basename(file);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'content-disposition': `attachment; filename="${name}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    });
    createReadStream(file).pipe(res);
  }

  private sign(cloudPath: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${cloudPath}\n${expires}`).digest('hex');
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
