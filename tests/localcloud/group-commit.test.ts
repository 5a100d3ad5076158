/**
 * Group commit (localcloud/wal-sync.ts): SQLite commits without fsync, and no database answer —
 * a write's or a read's — goes out before an fdatasync of the WAL that began after the commits it
 * could reflect has returned. Here fdatasync is held back by hand, to see what waits for it.
 * (durability.test.ts shows the same end to end with kill -9.)
 */
import fs from 'node:fs';
import { DatabaseService } from '../../localcloud/database-service';
import { openStore, type Store } from '../../localcloud';
import { tempDir } from './support';

type SyncCallback = (error: NodeJS.ErrnoException | null) => void;

let store: Store;
let db: DatabaseService;
let held: SyncCallback[];
let syncSpy: jest.SpyInstance;
const logs: string[] = [];

beforeEach(() => {
  store = openStore(tempDir('group-commit-'), { indexes: {}, strictIndexes: false });
  store.ensureCollection('c');
  db = new DatabaseService(store, (line) => logs.push(line));
  held = [];
  syncSpy = jest.spyOn(fs, 'fdatasync').mockImplementation(((_fd: number, cb: SyncCallback) => {
    held.push(cb);
  }) as unknown as typeof fs.fdatasync);
});

afterEach(() => {
  syncSpy.mockRestore();
  store.close();
});

const insert = (id: string) =>
  db.handle({ action: 'database.insertDocument', collectionName: 'c', data: [JSON.stringify({ _id: id, n: 1 })] });
const read = (id: string) =>
  db.handle({
    action: 'database.getDocument',
    collectionName: 'c',
    query: JSON.stringify({ _id: id }),
    queryType: 'DOC',
  });

/** Lets the event loop run, so anything not waiting on a held fdatasync settles. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function track<T>(p: Promise<T>): { done: boolean; value?: T } {
  const state: { done: boolean; value?: T } = { done: false };
  void p.then((value) => Object.assign(state, { done: true, value }));
  return state;
}

test('a write is answered only after an fdatasync begun after its commit returns', async () => {
  const answer = track(insert('a'));
  await settle();
  expect(store.get('c', 'a')).not.toBeNull(); // committed to SQLite at once…
  expect(answer.done).toBe(false); // …but not acknowledged while the disk may not hold it
  expect(held).toHaveLength(1);
  held.shift()!(null);
  await settle();
  expect(answer.done).toBe(true);
  expect(answer.value).toMatchObject({ data: { insertedIds: ['a'] } });
});

test('commits arriving during an fdatasync share the next one, and wait for it', async () => {
  const first = track(insert('a'));
  await settle();
  const later = ['b', 'c', 'd', 'e'].map((id) => track(insert(id)));
  await settle();
  expect(held).toHaveLength(1); // one in flight, covering only 'a'
  held.shift()!(null);
  await settle();
  expect(first.done).toBe(true);
  expect(later.some((a) => a.done)).toBe(false); // their commits came after that sync began
  expect(held).toHaveLength(1); // one more fdatasync for all four
  held.shift()!(null);
  await settle();
  expect(later.every((a) => a.done)).toBe(true);
  expect(syncSpy).toHaveBeenCalledTimes(2);
});

test('a read that could see a commit not yet on disk waits too; with nothing pending it does not', async () => {
  track(insert('a'));
  await settle();
  const seen = track(read('a'));
  await settle();
  expect(seen.done).toBe(false);
  held.shift()!(null);
  await settle();
  expect(seen.done).toBe(true);
  const quiet = track(read('a'));
  await settle();
  expect(quiet.done).toBe(true);
  expect(held).toHaveLength(0);
});

test('a failed fdatasync fails that answer and every later one (the disk state is unknown)', async () => {
  const answer = track(insert('a'));
  await settle();
  held.shift()!(Object.assign(new Error('EIO'), { code: 'EIO' }));
  await settle();
  expect(answer.value).toMatchObject({ code: 'SYS_ERR' });
  const after = await read('zzz');
  expect(after).toMatchObject({ code: 'SYS_ERR' });
  expect(logs.join('\n')).toMatch(/fdatasync of the WAL failed \(EIO\)/);
});
