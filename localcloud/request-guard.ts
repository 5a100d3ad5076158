/**
 * What the local cloud checks on a request before doing anything with it (http-server.ts):
 *
 * - the `Host` header names the local cloud itself (127.0.0.1:<port> or localhost:<port>), so a web
 *   page that points a domain of its own at 127.0.0.1 (DNS rebinding) is answered nothing;
 * - the internal routes (the database protocol at /admin, /__outbox) carry the per-start secret the
 *   function instances are given (function-env.ts); a browser never has it;
 * - a function's event is nested at most MAX_EVENT_DEPTH deep: a deeper one cannot be copied to a
 *   function instance (structured clone recurses), and no event of ours needs more than a few levels.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Ours are 3–4 deep (an event, a list of photos, a scope); 32 leaves room and stops abuse early. */
export const MAX_EVENT_DEPTH = 32;

/**
 * Whether JSON text nests arrays/objects deeper than `max`. Counts brackets outside strings without
 * parsing, so a hostile body costs one pass over its bytes and no recursion.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

/** The Host values that name this server: only loopback names with its own port. */
export function ownHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** A fresh secret for one start of the local cloud: 32 random bytes, hex. */
export function newInternalSecret(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time comparison, so the secret cannot be guessed byte by byte from response times. */
export function secretMatches(given: string | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
