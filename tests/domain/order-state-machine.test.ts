import fc from 'fast-check';
import { nextStatus, MOVES, type OrderCommand } from '../../domain/orders/state-machine';
import { STATUSES, type OrderStatus } from '../../types/orders';
import { REFUSALS, type RefusalName } from '../../types/refusals';

/** The table of legal moves, written out independently of domain/orders/state-machine.ts. */
const LEGAL: Array<[OrderStatus, OrderCommand, OrderStatus]> = [
  ['submitted', { type: 'dispatch', kind: 'self' }, 'dispatched'],
  ['submitted', { type: 'dispatch', kind: 'reply' }, 'answered'],
  ['submitted', { type: 'dispatch', kind: 'transfer' }, 'transferred'],
  ['submitted', { type: 'cancel' }, 'cancelled'],
  // issue 11.6: the resident cancels until it is taken; a taken order is handed back (退单) or reassigned (改派)
  ['dispatched', { type: 'cancel' }, 'cancelled'],
  ['dispatched', { type: 'take' }, 'taken'],
  ['taken', { type: 'complete' }, 'completed'],
  ['taken', { type: 'handBack' }, 'dispatched'],
  ['taken', { type: 'reassign' }, 'taken'],
  ['completed', { type: 'rate', score: 5 }, 'closed'],
  ['completed', { type: 'rate', score: 3 }, 'closed'],
  ['completed', { type: 'rate', score: 2 }, 'rectifying'],
  ['completed', { type: 'rate', score: 1 }, 'rectifying'],
  ['answered', { type: 'rate', score: 4 }, 'closed'],
  ['answered', { type: 'rate', score: 1 }, 'rectifying'],
  // issue 11.7: 解决 means the resident agreed — a 整改 reply waits for her word, or closes in time;
  // an order not rated in time closes too (the timer's 'close'); 等待居民 stops the clock.
  ['rectifying', { type: 'rectify' }, 'rectified'],
  ['rectified', { type: 'confirm' }, 'closed'],
  ['rectified', { type: 'dispute' }, 'rectifying'],
  ['rectified', { type: 'close' }, 'closed'],
  ['completed', { type: 'close' }, 'closed'],
  ['answered', { type: 'close' }, 'closed'],
  ['taken', { type: 'wait' }, 'waiting'],
  ['waiting', { type: 'resume' }, 'taken'],
  ['waiting', { type: 'complete' }, 'completed'],
  ['waiting', { type: 'handBack' }, 'dispatched'],
  // 转交办理类 goes on with its department (issue 11, point 4); the resident rates the result as above.
  ['transferred', { type: 'refer' }, 'transferred'],
  ['transferred', { type: 'accept' }, 'handling'],
  ['handling', { type: 'respond' }, 'handling'],
  ['handling', { type: 'complete' }, 'completed'],
];

const COMMANDS: OrderCommand[] = [
  { type: 'dispatch', kind: 'self' },
  { type: 'dispatch', kind: 'reply' },
  { type: 'dispatch', kind: 'transfer' },
  { type: 'take' },
  { type: 'complete' },
  { type: 'rate', score: 1 },
  { type: 'rate', score: 2 },
  { type: 'rate', score: 3 },
  { type: 'rate', score: 5 },
  { type: 'rectify' },
  { type: 'cancel' },
  { type: 'handBack' },
  { type: 'reassign' },
  { type: 'refer' },
  { type: 'accept' },
  { type: 'respond' },
  { type: 'wait' },
  { type: 'resume' },
  { type: 'confirm' },
  { type: 'dispute' },
  { type: 'close' },
];

describe('the order state machine', () => {
  it.each(LEGAL)('%s --%j--> %s', (from, cmd, to) => {
    expect(nextStatus(from, cmd)).toEqual({ ok: true, to });
  });

  it('answers every status × command pair as the table says, refusing the rest with a named refusal', () => {
    let refused = 0;
    for (const from of STATUSES) {
      for (const cmd of COMMANDS) {
        const legal = LEGAL.find(([f, c]) => f === from && sameCommand(c, cmd));
        const res = nextStatus(from, cmd);
        if (legal) {
          expect(res).toEqual({ ok: true, to: legal[2] });
        } else {
          const reason = expectedRefusal(from, cmd);
          expect(res).toEqual({ ok: false, reason, code: REFUSALS[reason].code, message: expect.any(String) });
          refused += 1;
        }
      }
    }
    expect(refused).toBe(STATUSES.length * COMMANDS.length - 31);
  });

  it('has no move out of closed or cancelled', () => {
    for (const from of ['closed', 'cancelled'] as const) {
      for (const cmd of COMMANDS) expect(nextStatus(from, cmd).ok).toBe(false);
    }
  });

  it('a transfer no longer ends at 已转交: only its department (or a 联席会议) moves it on', () => {
    const moves = COMMANDS.filter((cmd) => nextStatus('transferred', cmd).ok).map((c) => c.type);
    expect(moves).toEqual(['refer', 'accept']);
    expect(nextStatus('transferred', { type: 'take' })).toMatchObject({ ok: false, reason: 'ORDER_TRANSFERRED' });
    expect(nextStatus('handling', { type: 'accept' })).toMatchObject({
      reason: 'ORDER_ALREADY_ACCEPTED',
      code: 'CONFLICT',
    });
  });

  it('tells a late grabber that someone else took the order (ORDER_ALREADY_TAKEN, CONFLICT)', () => {
    for (const from of ['taken', 'waiting', 'completed', 'rectifying', 'rectified'] as const) {
      const res = nextStatus(from, { type: 'take' });
      expect(res).toMatchObject({ ok: false, reason: 'ORDER_ALREADY_TAKEN', code: 'CONFLICT' });
      if (!res.ok) expect(res.message).toContain('其他人接走');
    }
  });

  it('tells a grabber of a cancelled order that it was cancelled, not that someone else took it', () => {
    expect(nextStatus('cancelled', { type: 'take' })).toMatchObject({ ok: false, reason: 'ORDER_CANCELLED' });
  });

  it('names the move it refuses for a status that has other moves', () => {
    const res = nextStatus('submitted', { type: 'complete' });
    expect(res).toMatchObject({ ok: false, reason: 'ORDER_STATUS_FORBIDS', code: 'FAILED_PRECONDITION' });
    if (!res.ok) expect(res.message).toContain('办结');
  });

  it('every move in the table is one the issue lists', () => {
    expect(MOVES).toHaveLength(27);
  });
});

describe('random command sequences (fast-check)', () => {
  const command = fc.constantFrom(...COMMANDS);

  it('no illegal move succeeds, and the timeline records exactly the moves that did', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (cmds) => {
        let status: OrderStatus = 'submitted';
        const timeline: Array<{ from: OrderStatus; cmd: OrderCommand; to: OrderStatus }> = [];
        for (const cmd of cmds) {
          const res = nextStatus(status, cmd);
          const legal = LEGAL.find(([f, c]) => f === status && sameCommand(c, cmd));
          if (res.ok) {
            expect(legal).toBeDefined();
            expect(res.to).toBe(legal![2]);
            timeline.push({ from: status, cmd, to: res.to });
            status = res.to;
          } else {
            expect(legal).toBeUndefined();
          }
        }
        // Replaying the timeline from 'submitted' reaches the same status: nothing happened off the record.
        let replay: OrderStatus = 'submitted';
        for (const step of timeline) {
          expect(step.from).toBe(replay);
          replay = step.to;
        }
        expect(replay).toBe(status);
      }),
      { numRuns: 500 },
    );
  });
});

/** Why an illegal move is refused, written out from the issue independently of the domain code. */
function expectedRefusal(from: OrderStatus, cmd: OrderCommand): RefusalName {
  if (from === 'cancelled') return 'ORDER_CANCELLED';
  if (
    ['take', 'cancel'].includes(cmd.type) &&
    ['taken', 'waiting', 'completed', 'rectifying', 'rectified'].includes(from)
  ) {
    return 'ORDER_ALREADY_TAKEN';
  }
  if (from === 'closed') return 'ORDER_CLOSED';
  if (cmd.type === 'accept' && from === 'handling') return 'ORDER_ALREADY_ACCEPTED';
  if (from === 'transferred') return 'ORDER_TRANSFERRED';
  return 'ORDER_STATUS_FORBIDS';
}

/** Ratings 3–5 behave alike, as do 1–2; the LEGAL table lists representatives. */
function sameCommand(a: OrderCommand, b: OrderCommand): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'rate' && b.type === 'rate') return a.score >= 3 === b.score >= 3;
  if (a.type === 'dispatch' && b.type === 'dispatch') return a.kind === b.kind;
  return true;
}
