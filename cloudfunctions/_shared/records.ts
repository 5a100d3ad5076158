/**
 * Small, typed reads over the cloud database. Documents read back are parsed with zod (DESIGN.md:
 * zod at every edge), so a malformed record fails loudly here instead of deep in a handler.
 */
import type { z } from 'zod';
import { db } from './cloud';

/** The cloud returns at most 100 records a read; reads that may need more page through. */
export const DB_PAGE = 100;

type Doc = Record<string, unknown>;

/**
 * The SDK's typings merge the promise and callback overloads (`Promise<…> | void | string`); every
 * call here uses the promise form, so these two narrow the result once instead of at each call.
 */
export async function fetchDocs(query: { get(): unknown }): Promise<Doc[]> {
  const res = (await query.get()) as { data: Doc[] };
  return res.data;
}

/** Inserts one document and answers its `_id`. */
export async function insertDoc(collection: string, data: Doc): Promise<string> {
  const res = (await db().collection(collection).add({ data })) as { _id: string | number };
  return String(res._id);
}

export async function findById<S extends z.ZodTypeAny>(
  collection: string,
  id: string,
  schema: S,
): Promise<z.infer<S> | null> {
  const [doc] = await fetchDocs(db().collection(collection).where({ _id: id }).limit(1));
  return doc ? schema.parse(doc) : null;
}

export async function findOne<S extends z.ZodTypeAny>(
  collection: string,
  query: Record<string, unknown>,
  schema: S,
): Promise<z.infer<S> | null> {
  const [doc] = await fetchDocs(db().collection(collection).where(query).limit(1));
  return doc ? schema.parse(doc) : null;
}

/** Every record matching `query`, ordered by `_id`, reading 100 at a time. For small sets (grids, buildings). */
export async function findAll<S extends z.ZodTypeAny>(
  collection: string,
  query: Record<string, unknown>,
  schema: S,
  max = 2000,
): Promise<z.infer<S>[]> {
  const out: z.infer<S>[] = [];
  for (let skip = 0; skip < max; skip += DB_PAGE) {
    const docs = await fetchDocs(
      db().collection(collection).where(query).orderBy('_id', 'asc').skip(skip).limit(DB_PAGE),
    );
    for (const doc of docs) out.push(schema.parse(doc));
    if (docs.length < DB_PAGE) break;
  }
  return out;
}
