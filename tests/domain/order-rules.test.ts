import {
  bindingDeadlineOf,
  closeByFor,
  deadlineTable,
  resumedDeadline,
  deadlinesFor,
  overdueLevel,
  transferDeadlines,
} from '../../domain/orders/deadlines';
import {
  mayAssign,
  mayComplete,
  mayDispatch,
  mayFileFor,
  mayGrab,
  mayRate,
  visibility,
  type OrderFacts,
} from '../../domain/orders/permissions';
import { orderIdFor } from '../../cloudfunctions/_shared/ids/orders';
import type { Actor } from '../../domain/actor';

const HOUR = 3600_000;
// Monday 2026-11-02, 16:00 China time: days below are working days (domain/working-days.ts)
const t0 = new Date('2026-11-02T08:00:00Z');
const DAY = 24 * HOUR;

describe('限时办结 deadlines', () => {
  it('uses the defaults: take in 2 hours, finish in 1/5/10 working days by category', () => {
    const table = deadlineTable();
    expect(deadlinesFor(t0, 'elderly', table).takeBy.getTime() - t0.getTime()).toBe(2 * HOUR);
    expect(deadlinesFor(t0, 'elderly', table).finishBy.getTime() - t0.getTime()).toBe(DAY); // Tuesday
    expect(deadlinesFor(t0, 'convenience', table).finishBy.getTime() - t0.getTime()).toBe(DAY);
    expect(deadlinesFor(t0, 'property', table).finishBy.getTime() - t0.getTime()).toBe(7 * DAY); // next Monday
    expect(deadlinesFor(t0, 'infrastructure', table).finishBy.getTime() - t0.getTime()).toBe(7 * DAY);
    expect(deadlinesFor(t0, 'dispute', table).finishBy.getTime() - t0.getTime()).toBe(14 * DAY);
  });

  it('counts days across 国庆 and its 调休 Saturday', () => {
    const eve = new Date('2026-09-30T10:00:00+08:00'); // Wednesday, the day before 国庆
    expect(deadlinesFor(eve, 'elderly', deadlineTable()).finishBy).toEqual(new Date('2026-10-08T10:00:00+08:00'));
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (调休, worked), 10-12 Mon, 10-13 Tue
    expect(deadlinesFor(eve, 'property', deadlineTable()).finishBy).toEqual(new Date('2026-10-13T10:00:00+08:00'));
  });

  it('stops the clock while waiting on the resident: the finish-by moves by the wait, the escalation measures working time', () => {
    const o = { status: 'taken' as const, createdAt: t0, ...deadlinesFor(t0, 'elderly', deadlineTable()) };
    const resumed = resumedDeadline(o, new Date(t0.getTime() + 2 * HOUR), new Date(t0.getTime() + 12 * HOUR));
    expect(resumed).toEqual({ finishBy: new Date(o.finishBy.getTime() + 10 * HOUR), pausedMs: 10 * HOUR });
    const after = { ...o, ...resumed };
    expect(overdueLevel(after, new Date(t0.getTime() + 30 * HOUR))).toBe(0); // due at 34 h now
    expect(overdueLevel(after, new Date(t0.getTime() + 35 * HOUR))).toBe(1);
    // "as long again" is the 24 working hours allowed, not 34: level 2 after 34 + 24 hours
    expect(overdueLevel(after, new Date(t0.getTime() + 57 * HOUR))).toBe(1);
    expect(overdueLevel(after, new Date(t0.getTime() + 58 * HOUR + 1))).toBe(2);
    // while waiting, no clock binds
    expect(overdueLevel({ ...o, status: 'waiting' }, new Date(t0.getTime() + 99 * DAY))).toBe(0);
    // a second wait adds to the first
    expect(
      resumedDeadline(after, new Date(t0.getTime() + 40 * HOUR), new Date(t0.getTime() + 41 * HOUR)).pausedMs,
    ).toBe(11 * HOUR);
  });

  it('gives the resident the community’s working days to rate or confirm before the order closes itself', () => {
    expect(closeByFor(t0, 'rate')).toEqual(new Date(t0.getTime() + 9 * DAY)); // 7 working days: Wednesday week
    expect(closeByFor(t0, 'confirm', { rectifyConfirmDays: 2 })).toEqual(new Date(t0.getTime() + 2 * DAY));
    expect(closeByFor(t0, 'rate', { rectifyConfirmDays: 2 })).toEqual(new Date(t0.getTime() + 9 * DAY));
  });

  it('lets a community override part of the table', () => {
    const table = deadlineTable({ takeHours: 1, finishDays: { dispute: 3 } });
    expect(deadlinesFor(t0, 'dispute', table).finishBy.getTime() - t0.getTime()).toBe(3 * DAY);
    expect(deadlinesFor(t0, 'property', table).takeBy.getTime() - t0.getTime()).toBe(HOUR);
    expect(table.finishDays.elderly).toBe(1);
  });

  it('escalates to the grid at the deadline and to the community when as long again has passed', () => {
    const o = { status: 'dispatched' as const, createdAt: t0, ...deadlinesFor(t0, 'elderly', deadlineTable()) };
    expect(overdueLevel(o, new Date(t0.getTime() + 2 * HOUR))).toBe(0);
    expect(overdueLevel(o, new Date(t0.getTime() + 2 * HOUR + 1))).toBe(1);
    expect(overdueLevel(o, new Date(t0.getTime() + 4 * HOUR + 1))).toBe(2);
    expect(overdueLevel({ ...o, status: 'taken' }, new Date(t0.getTime() + 3 * HOUR))).toBe(0);
    expect(overdueLevel({ ...o, status: 'taken' }, new Date(t0.getTime() + 25 * HOUR))).toBe(1);
    expect(overdueLevel({ ...o, status: 'closed' }, new Date(t0.getTime() + 99 * 24 * HOUR))).toBe(0);
  });

  it('runs a transfer’s clock from when a department was given it: accept in a day, finish by the due date', () => {
    const filed = new Date(t0.getTime() - 30 * 24 * HOUR); // filed a month before the transfer
    const due = new Date(t0.getTime() + 10 * 24 * HOUR);
    const o = { createdAt: filed, transferredAt: t0, departmentId: 'u-dept', ...transferDeadlines(t0, due) };
    expect(o.takeBy.getTime() - t0.getTime()).toBe(24 * HOUR);
    expect(o.finishBy).toEqual(due);
    expect(transferDeadlines(t0).finishBy.getTime() - t0.getTime()).toBe(21 * DAY); // 15 working days
    const at = (h: number) => new Date(t0.getTime() + h * HOUR);
    expect(overdueLevel({ ...o, status: 'transferred' }, at(24))).toBe(0);
    expect(overdueLevel({ ...o, status: 'transferred' }, at(25))).toBe(1);
    expect(overdueLevel({ ...o, status: 'transferred' }, at(49))).toBe(2);
    expect(overdueLevel({ ...o, status: 'handling' }, at(25))).toBe(0);
    expect(overdueLevel({ ...o, status: 'handling' }, at(10 * 24 + 1))).toBe(1);
    // Waiting for its 联席会议, a transfer has no department and no clock.
    expect(overdueLevel({ ...o, departmentId: undefined, status: 'transferred' }, at(999))).toBe(0);
    expect(bindingDeadlineOf('transferred')).toBeNull();
    expect(bindingDeadlineOf('transferred', 'u-dept')).toBe('takeBy');
    expect(bindingDeadlineOf('handling')).toBe('finishBy');
  });
});

const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u',
  name: 'n',
  communityId: 'c1',
  buildingId: 'b1',
  grants: [],
  ...over,
});
const order: OrderFacts = {
  communityId: 'c1',
  gridId: 'g1',
  buildingId: 'b1',
  category: 'elderly',
  residentId: 'r',
  filedById: 'r',
};

describe('who may do what to an order', () => {
  const party = actor({ userId: 'p', grants: [{ role: 'party_member', scope: { gridId: 'g1' } }] });
  const otherGridParty = actor({ userId: 'p2', grants: [{ role: 'party_member', scope: { gridId: 'g2' } }] });
  const property = actor({ userId: 'pr', grants: [{ role: 'property', scope: { gridId: 'g1' } }] });
  const worker = actor({ userId: 'w', grants: [{ role: 'grid_worker', scope: { gridId: 'g1' } }] });
  const admin = actor({ userId: 'a', grants: [{ role: 'community_admin', scope: { communityId: 'c1' } }] });
  const resident = actor({ userId: 'r' });
  const neighbour = actor({ userId: 'x' });

  it('lets party members and grid workers of the grid grab; property only property orders', () => {
    expect(mayGrab(party, order)).toBe(true);
    expect(mayGrab(worker, order)).toBe(true);
    expect(mayGrab(otherGridParty, order)).toBe(false);
    expect(mayGrab(property, order)).toBe(false);
    expect(mayGrab(property, { ...order, category: 'property' })).toBe(true);
    expect(mayGrab(resident, order)).toBe(false);
  });

  it('keeps dispatch to admins, completion to the taker and rating to the resident', () => {
    expect(mayDispatch(admin, order)).toBe(true);
    expect(mayDispatch(worker, order)).toBe(false);
    expect(mayAssign(worker, order)).toBe(true);
    expect(mayAssign(party, order)).toBe(false);
    expect(mayComplete(party, { ...order, takerId: 'p' })).toBe(true);
    expect(mayComplete(worker, { ...order, takerId: 'p' })).toBe(false);
    expect(mayRate(resident, order)).toBe(true);
    expect(mayRate(neighbour, order)).toBe(false);
  });

  it('masks the pool for grabbers, shows the taker, worker and admin in full, hides it from neighbours', () => {
    const o = { ...order, status: 'dispatched' };
    expect(visibility(party, o)).toBe('masked');
    expect(visibility(party, { ...o, takerId: 'p', status: 'taken' })).toBe('full');
    expect(visibility(worker, o)).toBe('full');
    expect(visibility(admin, o)).toBe('full');
    expect(visibility(resident, o)).toBe('full');
    expect(visibility(neighbour, o)).toBe('none');
    expect(visibility({ ...admin, communityId: 'c2' }, o)).toBe('none');
  });

  it('shows a department only the orders transferred to it, in every status (issue 12, point 4)', () => {
    const dept = actor({ userId: 'd1', grants: [{ role: 'department', scope: { communityId: 'c1' } }] });
    const other = actor({ userId: 'd2', grants: [{ role: 'department', scope: { communityId: 'c1' } }] });
    for (const status of ['transferred', 'handling', 'completed', 'closed']) {
      const o = { ...order, status, dispatchKind: 'transfer', departmentId: 'd1' };
      expect(visibility(dept, o)).toBe('full');
      expect(visibility(other, o)).toBe('none');
    }
    expect(visibility(dept, { ...order, status: 'transferred' })).toBe('none'); // waiting for its meeting
    // A user id alone is not a department: the grant must be there too.
    expect(visibility(actor({ userId: 'd1' }), { ...order, status: 'transferred', departmentId: 'd1' })).toBe('none');
  });

  it('allows 代办 to the building leader of the building and the grid worker of the grid', () => {
    const leader = actor({ grants: [{ role: 'building_leader', scope: { buildingId: 'b1' } }] });
    const place = { communityId: 'c1', gridId: 'g1', buildingId: 'b1' };
    expect(mayFileFor(leader, place)).toBe(true);
    expect(mayFileFor(leader, { ...place, buildingId: 'b2' })).toBe(false);
    expect(mayFileFor(worker, { ...place, buildingId: 'b2' })).toBe(true);
    expect(mayFileFor(party, place)).toBe(false);
  });
});

it('derives the same order id from the same filer and requestId', () => {
  expect(orderIdFor('u1', 'r1')).toBe(orderIdFor('u1', 'r1'));
  expect(orderIdFor('u1', 'r1')).not.toBe(orderIdFor('u2', 'r1'));
});
