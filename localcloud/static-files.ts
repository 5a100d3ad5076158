/**
 * Serves the H5 build. It is a single-page app: a path that names no file and has no extension
 * answers index.html, so client-side routes survive a reload. A missing asset (a path with an
 * extension) stays a 404, which makes a broken build visible instead of answering HTML for JS.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

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

/** Answers the request from `root`; returns false when nothing there answers it. */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): boolean {
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
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const isHtml = type.startsWith('text/html');
  res.writeHead(200, {
    'content-type': type,
    'content-length': fs.statSync(file).size,
    // Hashed asset names may be cached; the HTML that names them must be fetched fresh.
    'cache-control': isHtml ? 'no-cache' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
  return true;
}

function fileAt(p: string): string | undefined {
  try {
    return fs.statSync(p).isFile() ? p : undefined;
  } catch {
    return undefined;
  }
}
