/** The one keyset cursor codec (types/cursor.ts) and the schema every list event uses for it. */
import fc from 'fast-check';
import { cursorSchema, decodeCursor, encodeCursor } from '../../types/cursor';

const id = fc.stringMatching(/^[A-Za-z0-9_:-]{1,200}$/);
const at = fc.integer({ min: 0, max: 8.64e15 }).map((ms) => new Date(ms));

describe('the cursor codec', () => {
  it('round-trips a (time, _id) position', () => {
    fc.assert(
      fc.property(at, id, (when, key) =>
        expect(decodeCursor(encodeCursor({ at: when, id: key }))).toEqual({ at: when, id: key }),
      ),
    );
  });

  it('round-trips an _id-only position', () => {
    fc.assert(fc.property(id, (key) => expect(decodeCursor(encodeCursor({ id: key }))).toEqual({ id: key })));
  });

  it('keeps the format the lists always answered: <ms>.<_id>, or the _id alone', () => {
    expect(encodeCursor({ at: new Date(1700000000000), id: 'o_abc' })).toBe('1700000000000.o_abc');
    expect(encodeCursor({ id: 'u_abc' })).toBe('u_abc');
  });

  it.each([
    ['empty', ''],
    ['a dot and nothing', '.'],
    ['no id after the time', '1700000000000.'],
    ['no time before the dot', '.o_abc'],
    ['a time that is not digits', 'abc.o_abc'],
    ['a negative time', '-1.o_abc'],
    ['a second dot', '1.o.abc'],
    ['a character ids never hold', 'x;y'],
    ['a query operator', { $gt: 0 }],
    ['a number', 17],
    ['too long', '1.' + 'a'.repeat(300)],
  ])('refuses %s', (_label, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
    const parsed = cursorSchema.safeParse(cursor);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]).toMatchObject({ params: { reason: 'CURSOR_MALFORMED' } });
  });
});
