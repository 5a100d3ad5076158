/**
 * Orders are created and moved only through the state machine (issue #9, point 4): in the function
 * code, one place inserts orders (insertOrderOnce, fed by domain createOrder) and one place writes
 * an order's status (applyMove, which asks domain nextStatus). A new insert or status write
 * elsewhere fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const FILES = sources(join(ROOT, 'cloudfunctions')).map((file) => ({
  file,
  text: readFileSync(join(ROOT, file), 'utf8'),
}));

it('only cloudfunctions/_shared/orders/store.ts inserts orders, and only what createOrder built', () => {
  const inserting = FILES.filter(({ text }) =>
    /insertDoc\(\s*'orders'|collection\(\s*'orders'\s*\)\s*\.add\(/.test(text),
  );
  expect(inserting.map((f) => f.file)).toEqual(['cloudfunctions/_shared/orders/store.ts']);
  expect(inserting[0].text).toMatch(/insertOrderOnce\(order: NewOrder\)/);
  const callers = FILES.filter(({ text }) => /insertOrderOnce\(/.test(text)).map((f) => f.file);
  for (const file of callers.filter((f) => !f.endsWith('store.ts'))) {
    expect([file, /createOrder\(/.test(FILES.find((f) => f.file === file)!.text)]).toEqual([file, true]);
  }
  expect(callers.sort()).toEqual(
    [
      'cloudfunctions/_shared/orders/store.ts',
      'cloudfunctions/meetings/decision-order.ts',
      'cloudfunctions/orders/submit.ts',
    ].sort(),
  );
});

it("only orders/move.ts (and order-timer's close) write an order's status, and they ask the state machine", () => {
  const writingStatus = FILES.filter(
    ({ text }) => /collection\(\s*'orders'\s*\)/.test(text) && /update\(\{\s*data:\s*\{[^}]*\bstatus\b/.test(text),
  );
  expect(writingStatus.map((f) => f.file).sort()).toEqual([
    'cloudfunctions/order-timer/close.ts',
    'cloudfunctions/orders/move.ts',
  ]);
  expect(writingStatus.find((f) => f.file.endsWith('move.ts'))!.text).toMatch(/nextStatus\(order\.status, command\)/);
  expect(writingStatus.find((f) => f.file.endsWith('close.ts'))!.text).toMatch(
    /nextStatus\(order\.status, \{ type: 'close' \}\)/,
  );
});

it('take.ts leaves the status question to the state machine', () => {
  const take = FILES.find((f) => f.file === 'cloudfunctions/orders/take.ts')!.text;
  expect(take).not.toMatch(/\.status\s*[!=]==/);
  expect(take).toMatch(/applyMove\(order, \{ type: 'take' \}/);
});
