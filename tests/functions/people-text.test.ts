/**
 * Content security on all people's text (issue 11.12): every field types/people-text.ts lists is
 * checked by msgSecCheck (the local cloud's stand-in flags 违禁测试词) before the action runs, so a
 * flagged text is refused and nothing is saved. A walk over every event schema keeps the list
 * complete: a new string field must be listed or be a known structured field.
 */
import type { z } from 'zod';
import { startTestCloud, type TestCloud } from '../support/cloud';
import { PEOPLE_TEXT } from '../../types/people-text';
import { REFUSALS } from '../../types/refusals';
import { ledgersEventSchema } from '../../types/ledgers';
import { meetingsEventSchema } from '../../types/meetings';
import { noticesEventSchema } from '../../types/notices';
import { ordersEventSchema } from '../../types/orders';
import { orgEventSchema } from '../../types/org';
import { placesEventSchema } from '../../types/places';
import { bookingsEventSchema } from '../../types/bookings';
import { activitiesEventSchema } from '../../types/activities';
import { merchantsEventSchema } from '../../types/merchants';
import { pointsEventSchema } from '../../types/points';
import { userEventSchema } from '../../types/user';
import { statsEventSchema } from '../../types/stats';
import { wishesEventSchema } from '../../types/wishes';
import { partyEventSchema } from '../../types/party';

const SCHEMAS: Record<string, z.ZodType> = {
  ledgers: ledgersEventSchema,
  meetings: meetingsEventSchema,
  notices: noticesEventSchema,
  orders: ordersEventSchema,
  org: orgEventSchema,
  places: placesEventSchema,
  bookings: bookingsEventSchema,
  activities: activitiesEventSchema,
  merchants: merchantsEventSchema,
  points: pointsEventSchema,
  user: userEventSchema,
  stats: statsEventSchema,
  wishes: wishesEventSchema,
  party: partyEventSchema,
};

/** String fields that are not prose: ids, codes, dates, phone, room, file ids. */
const STRUCTURED =
  /(^|\.)(_id|\w*Id|requestId|onBehalfOf|startsAt|startAt|endAt|signUpBy|checkInAt|checkOutAt|dueDate|deadline|contactPhone|phone|room|code|image|photos\[\]|cursor|invite|adminOpenid|q|period|key|day|start|starts\[\]|opens|closes)$/;

/**
 * Operator commands, run from the 云开发控制台 / CLI without an OPENID (org.community.create): no
 * person's text, and no caller the content check could name, so they are not checked.
 */
const OPERATOR_ONLY = new Set(['org.community.create', 'org.street.grant', 'party.unit.setup']);

/** Every string field of an event schema, as "action: path". */
function stringFields(fn: string): string[] {
  const out: string[] = [];
  const walk = (s: z.ZodType, path: string, action: string) => {
    // zod 4 keeps the definition on _zod.def; only the shapes we use need a case.
    const def = (s as unknown as { _zod: { def: Record<string, any> } })._zod.def;
    switch (def.type) {
      case 'string':
        out.push(`${action}: ${path}`);
        return;
      case 'optional':
      case 'nullable':
      case 'default':
        return walk(def.innerType, path, action);
      case 'pipe':
        return walk(def.in, path, action);
      case 'object':
        for (const [k, v] of Object.entries(def.shape)) walk(v as z.ZodType, path ? `${path}.${k}` : k, action);
        return;
      case 'array':
        return walk(def.element, `${path}[]`, action);
      case 'union':
        for (const o of def.options) walk(o, path, action);
        return;
    }
  };
  const union = (SCHEMAS[fn] as unknown as { _zod: { def: { options: z.ZodType[] } } })._zod.def;
  for (const option of union.options) {
    const shape = (option as unknown as { _zod: { def: { shape: Record<string, any> } } })._zod.def.shape;
    const action = shape.action._zod.def.values[0] as string;
    walk(option, '', action);
  }
  return out.filter((f) => !f.endsWith(': action'));
}

test('every string field of every event is either people’s text (checked) or structured', () => {
  const unclassified: string[] = [];
  for (const fn of Object.keys(SCHEMAS)) {
    for (const field of stringFields(fn)) {
      const [action, path] = field.split(': ');
      const listed = PEOPLE_TEXT[fn]?.[action]?.fields.includes(path) ?? false;
      if (!listed && !STRUCTURED.test(path) && !OPERATOR_ONLY.has(`${fn}.${action}`)) {
        unclassified.push(`${fn}.${field}`);
      }
    }
  }
  expect(unclassified).toEqual([]);
  // And nothing listed is a field the schema does not have (a typo would silently check nothing).
  for (const [fn, actions] of Object.entries(PEOPLE_TEXT)) {
    const fields = new Set(stringFields(fn));
    for (const [action, rule] of Object.entries(actions)) {
      for (const path of rule.fields)
        expect(fields.has(`${action}: ${path}`) ? path : `${fn}.${action}: ${path}`).toBe(path);
    }
  }
});

const ID = 'x1';
/** A schema-valid event for each listed action; the text fields get filled in by the test. */
const EVENTS: Record<string, Record<string, object>> = {
  orders: {
    submit: { requestId: 'people-text-1', category: 'elderly' },
    dispatch: { orderId: ID, kind: 'reply' },
    complete: { orderId: ID },
    rate: { orderId: ID, score: 3 },
    rectify: { orderId: ID },
    handBack: { orderId: ID },
    respond: { orderId: ID },
    wait: { orderId: ID },
    dispute: { orderId: ID },
  },
  meetings: {
    create: { type: 'other', startsAt: '2030-01-01T09:00:00+08:00' },
    propose: {},
    review: { topicId: ID, accept: false },
    record: { meetingId: ID, topicId: ID },
    decide: { meetingId: ID, topicId: ID, ownerId: ID, dueDate: '2030-01-02' },
    progress: { decisionId: ID },
  },
  notices: {
    post: { scope: { community: true }, kind: 'notice' },
    signup: { noticeId: ID },
  },
  org: {
    'grid.add': {},
    'grid.rename': { gridId: ID },
    'building.add': { gridId: ID },
    'building.rename': { buildingId: ID },
  },
  places: {
    save: { place: { type: 'red_station', location: { lat: 30.27, lng: 120.15 }, services: [] } },
  },
  bookings: {
    'room.save': {
      placeId: ID,
      room: { capacity: 10, opens: '08:00', closes: '20:00', slotMinutes: 60, daysAhead: 7 },
    },
    book: { roomId: ID, day: '2030-01-01', start: '09:00', headcount: 2 },
    block: { roomId: ID, day: '2030-01-01' },
    staffCancel: { bookingId: ID },
  },
  activities: {
    publish: {
      activity: {
        kind: 'activity',
        category: 'volunteer',
        startAt: '2030-01-01T09:00:00+08:00',
        endAt: '2030-01-01T10:00:00+08:00',
        capacity: 5,
        points: 5,
      },
    },
  },
  merchants: {
    'page.save': { placeId: ID, page: { services: [] } },
    'service.save': { placeId: ID, service: { audience: 'elderly' } },
    reply: { confirmationId: ID },
  },
  points: {
    award: { userId: ID, amount: 5, area: 'virtue', requestId: 'people-text-2' },
    reverse: { entryId: ID },
    'item.save': { cost: 10, stock: 1 },
  },
  user: {
    'profile.update': { phone: '13900000009', buildingId: ID, room: '101' },
  },
  wishes: {
    post: { requestId: 'people-text-4', category: 'elderly', dueDate: '2030-01-01' },
    review: { wishId: ID, approve: false },
    fulfil: { wishId: ID, minutes: 60 },
  },
  party: {
    register: { unitId: ID, availableTimes: ['saturday'] },
    suggest: { requestId: 'people-text-5' },
    'review.decide': { userId: ID, decision: 'reject' },
    'card.sign': { userId: ID, period: '2026-Q4' },
  },
};

const FLAGGED_TEXT = '请看这里违禁测试词';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const cases = Object.entries(PEOPLE_TEXT).flatMap(([fn, actions]) =>
  Object.entries(actions).flatMap(([action, rule]) => rule.fields.map((field) => ({ fn, action, field, rule }))),
);

test.each(cases)('$fn $action refuses flagged $field', async ({ fn, action, field, rule }) => {
  const base = EVENTS[fn]?.[action];
  expect(base).toBeDefined();
  const fill = (path: string, value: string, into: Record<string, unknown>) => {
    const keys = path.split('.');
    let at = into;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[keys[keys.length - 1]] = value;
  };
  const clean: Record<string, unknown> = { action, ...structuredClone(base) };
  for (const other of rule.fields) fill(other, '一号', clean);
  // The event is valid as it stands: only the text decides the refusal.
  expect(SCHEMAS[fn].safeParse(clean).success).toBe(true);
  const flagged = structuredClone(clean);
  fill(field, FLAGGED_TEXT, flagged);
  expect(await cloud.call(fn, 'demo-admin', flagged)).toEqual({
    ok: false,
    error: expect.objectContaining({ code: 'INVALID_ARGUMENT', message: REFUSALS.CONTENT_FLAGGED.message }),
  });
});

test('a flagged order is not filed, a flagged name is not saved; clean text goes through', async () => {
  const before = cloud.store.count('orders');
  const res = await cloud.call('orders', 'demo-resident-1', {
    action: 'submit',
    requestId: 'people-text-3',
    category: 'elderly',
    content: `家里水管漏了，${FLAGGED_TEXT}`,
  });
  expect(res.ok).toBe(false);
  expect(cloud.store.count('orders')).toBe(before);

  const me = await cloud.call('user', 'demo-resident-1', { action: 'login' });
  const user = (me as { ok: true; data: { user: Record<string, string> } }).data.user;
  const renamed = await cloud.call('user', 'demo-resident-1', {
    action: 'profile.update',
    name: '违禁测试词',
    phone: user.phone,
    buildingId: user.buildingId,
    room: user.room,
  });
  expect(renamed.ok).toBe(false);
  const after = await cloud.call('user', 'demo-resident-1', { action: 'login' });
  expect((after as { ok: true; data: { user: { name: string } } }).data.user.name).toBe(user.name);

  const filed = await cloud.call('orders', 'demo-resident-1', {
    action: 'submit',
    requestId: 'people-text-4',
    category: 'elderly',
    content: '家里水管漏了，请帮忙看看',
  });
  expect(filed.ok).toBe(true);
});
