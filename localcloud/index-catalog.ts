/**
 * The declared indexes: `deploy/indexes.json`, the one list deployed to the WeChat cloud, is also
 * what the local cloud builds its SQLite indexes from and checks every query against.
 *
 * Format: `{ "<collection>": [{ "name": "...", "keys": [["field", 1 | -1], ...] }], "//": comment }`.
 * Every collection also has MongoDB's implicit `_id` index (not listed).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Direction } from './index-keys';

export interface IndexSpec {
  coll: string;
  name: string;
  fields: (readonly [string, Direction])[];
}

export type IndexCatalog = Record<string, unknown>;

/** deploy/indexes.json of this repository. */
export const DEFAULT_INDEX_FILE = path.resolve(__dirname, '..', 'deploy', 'indexes.json');

export function readIndexFile(file = DEFAULT_INDEX_FILE): IndexCatalog {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as IndexCatalog;
}

/** Validates a catalog; throws with the offending entry named. */
export function indexSpecsOf(catalog: IndexCatalog): IndexSpec[] {
  const specs: IndexSpec[] = [];
  for (const [coll, list] of Object.entries(catalog)) {
    if (coll.startsWith('//')) continue;
    if (!Array.isArray(list)) throw new Error(`indexes of ${coll} must be a list`);
    const names = new Set<string>();
    for (const entry of list as { name?: unknown; keys?: unknown }[]) {
      const name = entry?.name;
      if (typeof name !== 'string' || !name || names.has(name)) {
        throw new Error(`index of ${coll} needs a unique name: ${JSON.stringify(entry)}`);
      }
      names.add(name);
      if (!Array.isArray(entry.keys) || entry.keys.length === 0) throw new Error(`index ${coll}.${name} has no keys`);
      const fields = entry.keys.map((key: unknown) => {
        const [field, dir] = Array.isArray(key) ? key : [];
        if (typeof field !== 'string' || !field || (dir !== 1 && dir !== -1)) {
          throw new Error(`index ${coll}.${name}: a key must be ["field", 1 | -1], got ${JSON.stringify(key)}`);
        }
        return [field, dir as Direction] as const;
      });
      specs.push({ coll, name, fields });
    }
  }
  return specs;
}
