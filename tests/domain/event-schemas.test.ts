/**
 * Issue 12, point 9: no event field is silently ignored. Every object inside every function's event
 * schema is strict (an unknown key is INVALID_ARGUMENT, never dropped), and a field that means
 * something only with another (红榜's gridId with scope grid, dispatch's reply/gridId/departmentId
 * with their kind) is refused without it.
 */
import { z } from 'zod';
import { ledgersEventSchema } from '../../types/ledgers';
import { meetingsEventSchema } from '../../types/meetings';
import { noticesEventSchema } from '../../types/notices';
import { ordersEventSchema } from '../../types/orders';
import { orgEventSchema } from '../../types/org';
import { pointsEventSchema } from '../../types/points';
import { userEventSchema } from '../../types/user';

const EVENTS: Record<string, z.ZodType> = {
  ledgers: ledgersEventSchema,
  meetings: meetingsEventSchema,
  notices: noticesEventSchema,
  orders: ordersEventSchema,
  org: orgEventSchema,
  points: pointsEventSchema,
  user: userEventSchema,
};

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  catchall?: { _zod: { def: Def } };
  options?: Array<{ _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
}

/** The paths of every object schema that lets unknown keys through (zod's default strips them). */
function lenientObjects(def: Def, path: string, out: string[]): string[] {
  const next = (child: { _zod: { def: Def } } | undefined, at: string) =>
    child && lenientObjects(child._zod.def, at, out);
  if (def.type === 'object') {
    if (def.catchall?._zod.def.type !== 'never') out.push(path || '(event)');
    for (const [key, child] of Object.entries(def.shape ?? {})) next(child, path ? `${path}.${key}` : key);
  }
  for (const option of def.options ?? []) {
    const action = (option._zod.def.shape?.action?._zod.def as { values?: unknown[] } | undefined)?.values?.[0];
    next(option, path || String(action ?? ''));
  }
  next(def.innerType, path);
  next(def.element, `${path}[]`);
  next(def.in, path);
  next(def.out, path);
  next(def.valueType, `${path}{}`);
  return out;
}

it('the strictness check finds a lenient object where there is one', () => {
  const schema = z.object({ action: z.literal('x'), scope: z.object({ a: z.string() }) }).strict();
  expect(lenientObjects((schema as unknown as { _zod: { def: Def } })._zod.def, '', [])).toEqual(['scope']);
});

describe.each(Object.entries(EVENTS))('the %s event schema', (_name, schema) => {
  it('is strict in every object it holds', () => {
    expect(lenientObjects((schema as unknown as { _zod: { def: Def } })._zod.def, '', [])).toEqual([]);
  });
});

describe('a field that means nothing without another is refused', () => {
  const refused = (schema: z.ZodType, event: object) => expect(schema.safeParse(event).success).toBe(false);
  const accepted = (schema: z.ZodType, event: object) => expect(schema.safeParse(event).success).toBe(true);

  it('红榜: gridId only with scope grid', () => {
    refused(pointsEventSchema, { action: 'leaderboard', scope: 'community', period: 'month', gridId: 'g1' });
    accepted(pointsEventSchema, { action: 'leaderboard', scope: 'grid', period: 'month', gridId: 'g1' });
    accepted(pointsEventSchema, { action: 'leaderboard', scope: 'community', period: 'month' });
  });

  it('dispatch: reply with kind reply, gridId with self, departmentId with transfer', () => {
    const base = { action: 'dispatch', orderId: 'o1' };
    refused(ordersEventSchema, { ...base, kind: 'self', reply: '答复' });
    refused(ordersEventSchema, { ...base, kind: 'self', departmentId: 'd1' });
    refused(ordersEventSchema, { ...base, kind: 'reply', reply: '答复', gridId: 'g1' });
    refused(ordersEventSchema, { ...base, kind: 'transfer', gridId: 'g1' });
    accepted(ordersEventSchema, { ...base, kind: 'self', gridId: 'g1' });
    accepted(ordersEventSchema, { ...base, kind: 'reply', reply: '答复' });
    accepted(ordersEventSchema, { ...base, kind: 'transfer', departmentId: 'd1' });
  });
});
