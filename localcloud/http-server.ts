/**
 * The loopback HTTP face of the local cloud (node:http, no framework):
 *
 *   GET  /health            {"ok":true}
 *   POST /admin/<secret>[/<inv>]  the SDK's database protocol (database-service.ts), for the
 *                           local cloud's own functions only: <secret> is the per-start secret their
 *                           instances carry, <inv> names the invocation (function-env.ts)
 *   POST /cloud/<name>      runs a function: body = event, header x-openid = caller identity
 *   GET  /__stats           { dbRequests, dbByAction, invocations } for benchmarks
 *   GET  /__outbox          the subscribe messages functions sent, oldest first (openapi.ts);
 *                           header x-localcloud-secret required
 *   POST /storage/upload    an image's bytes from a known user (x-openid) → { fileId: 'local://uploads/<owner>/…' }
 *   GET  /storage/uploads/… the uploaded file (storage.ts: the stand-in for cloud storage)
 *   PUT  /storage/put/<token>, GET /storage/files/<path>?expires&sign  files the functions store
 *                           (cloud.uploadFile / getTempFileURL: cloud-files.ts; owner-only reads)
 *   GET  anything else      the H5 build from staticDir, else 404
 *
 * Every request must name the local cloud itself in `Host` (request-guard.ts); the internal
 * routes (/admin, /__outbox) need the secret and offer no CORS.
 */
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { isPlainObject } from './ejson';
import type { DatabaseService } from './database-service';
import { LOCAL_APPID } from './function-env';
import type { FunctionRunner } from './function-runner';
import type { OpenApiService } from './openapi';
import type { StaticFiles } from './static-files';
import { MAX_EVENT_DEPTH, nestsDeeperThan, secretMatches } from './request-guard';
import { MAX_UPLOAD_BYTES, readBytes, saveUpload, serveUpload } from './storage';
import { MAX_FILE_BYTES, type CloudFiles } from './cloud-files';

export const MAX_EVENT_BYTES = 1024 * 1024;
/** Batch inserts from seed scripts can be large; the SDK itself has no limit of its own. */
const MAX_DB_BODY_BYTES = 32 * 1024 * 1024;
const OPENID = /^[A-Za-z0-9_-]{1,128}$/;

export interface Counters {
  dbRequests: number;
  /** database requests by SDK action (database.getDocument, …): reads vs writes per call */
  dbByAction: Record<string, number>;
  invocations: number;
}

export interface HttpDeps {
  db: DatabaseService;
  runner: FunctionRunner;
  /** the stand-ins for `cloud.openapi.*` (wx.openApi requests arrive on the database URL) */
  openapi: OpenApiService;
  counters: Counters;
  /** the H5 build (static-files.ts) */
  statics?: StaticFiles;
  /** where uploaded files live (inside the data dir, so they survive restarts with the data) */
  storageDir: string;
  /** the files functions store through cloud.uploadFile (cloud-files.ts) */
  files: CloudFiles;
  log: (line: string) => void;
  /** the folder a caller's uploads go to, or undefined for a caller who may not upload (storage.ts) */
  uploadOwner: (openid: string) => string | undefined;
  /** the per-start secret the function instances carry (request-guard.ts) */
  secret: string;
  /** the Host values that name this server; filled in once it listens (its port is known then) */
  hosts: Set<string>;
}

const envelope = (code: string, message: string) => ({ ok: false, error: { code, message } });
const INVALID_JSON = envelope('INVALID_ARGUMENT', '请求内容不是合法的 JSON');

class BodyTooLarge extends Error {}

export function createHttpServer(deps: HttpDeps): http.Server {
  const server = http.createServer((req, res) => {
    route(req, res, deps).catch((error: unknown) => {
      deps.log(`[localcloud] request failed: ${(error as Error)?.name ?? 'unknown'}`);
      if (!res.headersSent) sendJson(res, 500, envelope('INTERNAL', '系统繁忙，请稍后再试'));
      else res.destroy();
    });
  });
  // Longer than the SDK's keep-alive sockets live (4.8 s), so it never reuses a closing socket.
  server.keepAliveTimeout = 10_000;
  return server;
}

async function route(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  // A page that points a domain of its own at 127.0.0.1 (DNS rebinding) sends that domain here.
  if (!deps.hosts.has((req.headers.host ?? '').toLowerCase())) {
    return sendJson(res, 421, envelope('PERMISSION_DENIED', '请求的地址不是本地云'));
  }
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  const admin = /^\/admin(?:\/([A-Za-z0-9_-]{1,128}))?(?:\/([A-Za-z0-9_-]{1,64}))?\/?$/.exec(pathname);
  const internal = Boolean(admin) || pathname === '/__outbox';
  // The internal routes are for the local cloud's own functions (and tests holding the secret):
  // no browser page is ever invited to call them.
  if (!internal) allowLoopbackOrigins(req, res);
  if (req.method === 'OPTIONS') {
    res.writeHead(internal ? 403 : 204).end();
    return;
  }
  if (internal) {
    const given = admin ? admin[1] : req.headers['x-localcloud-secret'];
    if (!secretMatches(typeof given === 'string' ? given : undefined, deps.secret)) {
      return sendJson(res, 403, envelope('PERMISSION_DENIED', '您没有权限进行此操作'));
    }
  }
  if (req.method === 'POST' && admin && isMultipart(req)) return handleOpenApi(req, res, deps);
  if (req.method === 'POST' && admin) return handleDatabase(req, res, deps, admin[2]);
  const cloud = /^\/cloud\/([^/]+)\/?$/.exec(pathname);
  if (req.method === 'POST' && cloud) return handleFunction(req, res, deps, cloud[1]);
  if (req.method === 'GET' && pathname === '/health') return sendJson(res, 200, { ok: true });
  if (req.method === 'GET' && pathname === '/__stats') {
    return sendJson(res, 200, { ...deps.counters, dbByAction: { ...deps.counters.dbByAction } });
  }
  if (req.method === 'GET' && pathname === '/__outbox') return sendJson(res, 200, deps.openapi.outbox());
  if (req.method === 'POST' && pathname === '/storage/upload') return handleUpload(req, res, deps);
  const upload = /^\/storage\/uploads\/([^/]+)\/([^/]+)$/.exec(pathname);
  const put = /^\/storage\/put\/([a-f0-9]{32})$/.exec(pathname);
  if (req.method === 'PUT' && put) return handleFilePut(req, res, deps, put[1]);
  const file = /^\/storage\/files\/(.+)$/.exec(pathname);
  if (req.method === 'GET' && file) {
    const { searchParams } = new URL(req.url ?? '/', 'http://127.0.0.1');
    return deps.files.serve(res, file[1], searchParams, ownerOfRequest(req, deps));
  }
  if (req.method === 'GET' && upload && serveUpload(res, deps.storageDir, upload[1], upload[2])) return;
  if ((req.method === 'GET' || req.method === 'HEAD') && deps.statics) {
    if (await deps.statics.serve(req, res, pathname)) return;
  }
  sendJson(res, 404, envelope('NOT_FOUND', '找不到要查看的内容'));
}

async function handleDatabase(req: IncomingMessage, res: ServerResponse, deps: HttpDeps, invocationId?: string) {
  deps.counters.dbRequests += 1;
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, MAX_DB_BODY_BYTES));
  } catch (error) {
    const tooLarge = error instanceof BodyTooLarge;
    return sendJson(res, 200, { code: 'INVALID_PARAM', message: tooLarge ? 'request too large' : 'invalid JSON' });
  }
  const action = (body as { action?: unknown })?.action;
  if (typeof action === 'string') deps.counters.dbByAction[action] = (deps.counters.dbByAction[action] ?? 0) + 1;
  // cloud.uploadFile / getTempFileURL post to the same URL (cloud-files.ts).
  if (typeof action === 'string' && action.startsWith('storage.')) {
    const answer = deps.files.handle(body as Record<string, unknown>, `http://${req.headers.host}`);
    return sendJson(res, 200, { requestId: randomUUID(), ...answer });
  }
  // db.handle answers only once the commits it could reflect are on disk (group commit).
  sendJson(res, 200, await deps.db.handle(body, { invocationId }));
}

const isMultipart = (req: IncomingMessage) => /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');

/** `cloud.openapi.*` calls: the SDK posts them to the same URL as multipart with action wx.openApi. */
async function handleOpenApi(req: IncomingMessage, res: ServerResponse, deps: HttpDeps) {
  const bytes = await readBytes(req, MAX_EVENT_BYTES);
  if (!bytes) return sendJson(res, 413, envelope('INVALID_ARGUMENT', '请求内容过大'));
  const answer = deps.openapi.handle(req.headers['content-type'] ?? '', bytes);
  await deps.openapi.durable(); // a sent message is on disk before the function hears so
  res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.body.length });
  res.end(answer.body);
}

async function handleFunction(req: IncomingMessage, res: ServerResponse, deps: HttpDeps, rawName: string) {
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    name = '';
  }
  let text: string;
  try {
    text = await readBody(req, MAX_EVENT_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return sendJson(res, 413, envelope('INVALID_ARGUMENT', '请求内容过大'));
    throw error;
  }
  if (!deps.runner.has(name)) return sendJson(res, 404, envelope('NOT_FOUND', '云函数不存在'));
  // Refused before parsing: a deeply nested event cannot be handed to an instance (function-runner.ts).
  if (nestsDeeperThan(text, MAX_EVENT_DEPTH)) {
    return sendJson(res, 400, envelope('INVALID_ARGUMENT', '请求内容层级过深'));
  }
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    return sendJson(res, 400, INVALID_JSON);
  }
  if (!isPlainObject(event)) return sendJson(res, 400, INVALID_JSON);
  const header = req.headers['x-openid'];
  const openid = typeof header === 'string' ? header.trim() : '';
  if (openid !== '' && !OPENID.test(openid)) {
    return sendJson(res, 400, envelope('INVALID_ARGUMENT', 'x-openid 格式不正确'));
  }
  deps.counters.invocations += 1;
  const outcome = await deps.runner.invoke(name, event, {
    openid,
    appid: LOCAL_APPID,
    clientIp: req.socket.remoteAddress?.replace(/^::ffff:/, ''),
  });
  if (outcome.ok) return sendRaw(res, 200, outcome.json);
  // No stack, no message: the function's error stays in the log as name + code only.
  sendJson(res, 500, envelope('INTERNAL', '系统繁忙，请稍后再试'));
}

/** A function's file bytes, PUT to the one-use URL storage.getUploadMetadata gave it. */
async function handleFilePut(req: IncomingMessage, res: ServerResponse, deps: HttpDeps, token: string) {
  const bytes = await readBytes(req, MAX_FILE_BYTES);
  if (!bytes || !deps.files.put(token, bytes)) return sendJson(res, 403, envelope('PERMISSION_DENIED', '上传地址无效'));
  res.writeHead(200).end(); // COS answers success with an empty body
}

/** The app's id for the caller (x-openid), when it knows them. */
function ownerOfRequest(req: IncomingMessage, deps: HttpDeps): string | undefined {
  const header = req.headers['x-openid'];
  const openid = typeof header === 'string' ? header.trim() : '';
  return OPENID.test(openid) ? deps.uploadOwner(openid) : undefined;
}

async function handleUpload(req: IncomingMessage, res: ServerResponse, deps: HttpDeps) {
  const header = req.headers['x-openid'];
  const openid = typeof header === 'string' ? header.trim() : '';
  // Someone the app knows (signed in at least once): a made-up openid stores nothing.
  const owner = OPENID.test(openid) ? deps.uploadOwner(openid) : undefined;
  if (!owner) return sendJson(res, 401, envelope('UNAUTHENTICATED', '请先登录'));
  const bytes = await readBytes(req, MAX_UPLOAD_BYTES);
  if (!bytes) return sendJson(res, 413, envelope('INVALID_ARGUMENT', '图片不能超过 5 MB'));
  const result = saveUpload(deps.storageDir, owner, bytes);
  sendJson(res, result.status, result.body);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** A page served by a dev server on another loopback port (taro dev) may call us; nothing else. */
function allowLoopbackOrigins(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin || !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin)) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type, x-openid');
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendRaw(res, status, JSON.stringify(value));
}

function sendRaw(res: ServerResponse, status: number, json: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}
