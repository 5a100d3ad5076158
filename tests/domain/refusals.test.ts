/** The one refusal table (types/refusals.ts) and the envelope that carries a refusal's name. */
import { appErrorSchema, ERROR_CODES, fail } from '../../types/envelope';
import { REFUSAL_NAMES, REFUSALS, refuse } from '../../types/refusals';

const CHINESE = /[\u4e00-\u9fff]/;

describe('the refusal table', () => {
  it.each(REFUSAL_NAMES)('%s maps to one of the eight codes and a Chinese message', (name) => {
    const row = REFUSALS[name];
    expect(ERROR_CODES).toContain(row.code);
    expect(row.message.trim()).not.toBe('');
    expect(row.message).toMatch(CHINESE);
  });

  it('names every refusal in SCREAMING_SNAKE_CASE, so a name reads the same everywhere', () => {
    for (const name of REFUSAL_NAMES) expect(name).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('holds the refusals the issue names', () => {
    for (const name of [
      'ORDER_ALREADY_TAKEN',
      'ORDER_NOT_YOURS',
      'ORDER_CANCELLED',
      'POINTS_INSUFFICIENT',
      'STOCK_EXHAUSTED',
      'MEETING_STEP_CLOSED',
    ]) {
      expect(REFUSAL_NAMES).toContain(name);
    }
  });

  it('refuse() takes code and message from the table, or a more specific sentence', () => {
    expect(refuse('STOCK_EXHAUSTED')).toEqual({
      ok: false,
      reason: 'STOCK_EXHAUSTED',
      code: 'RESOURCE_EXHAUSTED',
      message: REFUSALS.STOCK_EXHAUSTED.message,
    });
    expect(refuse('STOCK_EXHAUSTED', '「大米」已兑完')).toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      message: '「大米」已兑完',
    });
  });
});

describe('the error envelope', () => {
  it('keeps code and message and adds an optional reason', () => {
    expect(appErrorSchema.parse({ code: 'CONFLICT', message: '来晚了' })).toEqual({
      code: 'CONFLICT',
      message: '来晚了',
    });
    const named = { code: 'CONFLICT', message: '来晚了', reason: 'ORDER_ALREADY_TAKEN' };
    expect(appErrorSchema.parse(named)).toEqual(named);
  });

  it('accepts only reasons from the table', () => {
    expect(appErrorSchema.safeParse({ code: 'CONFLICT', message: 'x', reason: 'SOMEONE_WAS_FASTER' }).success).toBe(
      false,
    );
  });

  it('fail() carries the reason when there is one, and no reason key otherwise', () => {
    expect(fail('CONFLICT', '来晚了', 'ORDER_ALREADY_TAKEN')).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '来晚了', reason: 'ORDER_ALREADY_TAKEN' },
    });
    expect(fail('INTERNAL').error).not.toHaveProperty('reason');
  });
});
