/**
 * Compressed copies of the H5 build's files, made once and kept in memory (the build is small: all
 * of dist/h5 is about 1 MB of JS; brotli shrinks it ~4×). Compression runs on libuv's thread pool
 * (async zlib), so a first request for a large file never blocks function calls on the event loop;
 * concurrent first requests for the same file share one compression.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { IncomingMessage } from 'node:http';

export type Encoding = 'br' | 'gzip';

/** Below this, headers and CPU cost more than the bytes saved. */
export const MIN_COMPRESS_BYTES = 1024;
/** Most compressed bytes kept; beyond, the oldest entries go (a rebuilt app leaves old hashes). */
const CACHE_LIMIT_BYTES = 64 * 1024 * 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;

export const isCompressible = (contentType: string, size: number) =>
  size >= MIN_COMPRESS_BYTES && COMPRESSIBLE.test(contentType);

/** The best encoding the client accepts: brotli, then gzip (q=0 refuses one). */
export function pickEncoding(req: IncomingMessage): Encoding | undefined {
  const header = String(req.headers['accept-encoding'] ?? '').toLowerCase();
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
    if (name && (!q || Number(q[1]) > 0)) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return undefined;
}

interface Entry {
  bytes: Promise<Buffer>;
  size: number;
}

export class CompressedFiles {
  private readonly entries = new Map<string, Entry>();
  private total = 0;
  /** How many compressions ran (a test sees the cache answer the second request). */
  compressions = 0;

  /** The file's bytes in `encoding`; the key includes size and mtime, so a rebuilt file is redone. */
  get(file: string, stat: fs.Stats, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}:${file}:${stat.size}:${stat.mtimeMs}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: Map keeps insertion order, so re-insert.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.bytes;
    }
    this.compressions += 1;
    const entry: Entry = { size: 0, bytes: compress(file, encoding) };
    this.entries.set(key, entry);
    entry.bytes.then(
      (bytes) => {
        entry.size = bytes.length;
        this.total += bytes.length;
        this.evict();
      },
      () => this.entries.delete(key),
    );
    return entry.bytes;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.total <= CACHE_LIMIT_BYTES) return;
      this.entries.delete(key);
      this.total -= entry.size;
    }
  }
}

async function compress(file: string, encoding: Encoding): Promise<Buffer> {
  const raw = await fs.promises.readFile(file);
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, out: Buffer) => (error ? reject(error) : resolve(out));
    if (encoding === 'br') {
      // Quality 11 is brotli's best; made once per file, so its cost is paid once.
      zlib.brotliCompress(
        raw,
        {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        },
        done,
      );
    } else {
      zlib.gzip(raw, { level: 9 }, done);
    }
  });
}
