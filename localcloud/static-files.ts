/**
 * Serves the H5 build. It is a single-page app: a path that names no file and has no extension
 * answers index.html, so client-side routes survive a reload. A missing asset (a path with an
 * extension) stays a 404, which makes a broken build visible instead of answering HTML for JS.
 * Served like a web app: brotli or gzip when the browser accepts it (compression.ts), hashed files
 * cached for a year as immutable, index.html revalidated (ETag) on every load.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CompressedFiles, isCompressible, pickEncoding } from './compression';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * File names carrying webpack's `[contenthash:8]` (config/index.ts): their content never changes
 * under that name, so browsers may keep them a year without asking again.
 */
const HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface StaticFiles {
  /** Answers the request from the build; resolves false when nothing there answers it. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>;
  compressed: CompressedFiles;
}

export function staticFiles(root: string): StaticFiles {
  const compressed = new CompressedFiles();
  return { compressed, serve: (req, res, pathname) => serveStatic(req, res, root, pathname, compressed) };
}

async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  pathname: string,
  compressed: CompressedFiles,
): Promise<boolean> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const base = path.resolve(root);
  const target = path.resolve(base, '.' + path.posix.normalize('/' + decoded));
  if (target !== base && !target.startsWith(base + path.sep)) return false;
  let file = fileAt(target) ?? fileAt(path.join(target, 'index.html'));
  if (!file && path.extname(decoded) === '') file = fileAt(path.join(base, 'index.html'));
  if (!file) return false;
  const stat = fs.statSync(file);
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers: Record<string, string | number> = {
    'content-type': type,
    // Hashed names are cached for good; everything else (index.html, which names the hashed
    // files) is revalidated on every load, so a new build is seen at once.
    'cache-control': HASHED.test(file) ? IMMUTABLE : 'no-cache',
    etag,
  };
  const encoding = isCompressible(type, stat.size) ? pickEncoding(req) : undefined;
  if (isCompressible(type, stat.size)) headers.vary = 'accept-encoding';
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return true;
  }
  if (!encoding) {
    res.writeHead(200, { ...headers, 'content-length': stat.size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
    return true;
  }
  const body = await compressed.get(file, stat, encoding);
  res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

function fileAt(p: string): string | undefined {
  try {
    return fs.statSync(p).isFile() ? p : undefined;
  } catch {
    return undefined;
  }
}
