/**
 * A bounded cache of parsed documents (least recently used goes first), so hot documents are not
 * re-parsed on every read while memory stays bounded whatever the size of the database.
 * Holds committed versions only; the store replaces or drops an entry after each commit.
 */
import type { Doc } from './ejson';

export class DocCache {
  private readonly map = new Map<string, Doc>();

  constructor(private readonly capacity: number) {}

  get(coll: string, key: string): Doc | undefined {
    const k = `${coll}\u0000${key}`;
    const doc = this.map.get(k);
    if (doc !== undefined) {
      this.map.delete(k);
      this.map.set(k, doc);
    }
    return doc;
  }

  set(coll: string, key: string, doc: Doc): void {
    if (this.capacity <= 0) return;
    const k = `${coll}\u0000${key}`;
    this.map.delete(k);
    this.map.set(k, doc);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  delete(coll: string, key: string): void {
    this.map.delete(`${coll}\u0000${key}`);
  }

  get size(): number {
    return this.map.size;
  }
}
