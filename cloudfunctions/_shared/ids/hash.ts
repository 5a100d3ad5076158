/**
 * The one hash behind every deterministic id. Server only: it needs node:crypto, which the client
 * builds do not have, so it lives here and not in domain/ (a dependency rule keeps domain/ plain).
 */
import { createHash } from 'node:crypto';

export const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

/** 24 hex characters (96 bits) of the text's SHA-256: short ids that do not collide in practice. */
export const hex24 = (text: string): string => sha256(text).toString('hex').slice(0, 24);
