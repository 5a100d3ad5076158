/**
 * Crediting an attendance (issue 14): hours from check-in to check-out inside the activity's window
 * (domain/hours/credit.ts), written by postHours under the cause `hours:activity:<id>:<user>`, with
 * the person's 共建单位 so the unit's total moves too. Runs inside the caller's transaction on the
 * sign-up, so a check-out, a roll and the award racing for one person credit once.
 */
import { creditedMinutes, hourCauses } from '../../domain/hours/credit';
import { postHours } from '../_shared/hours-ledger';
import type { Tx } from '../_shared/transaction';
import type { ActivityDoc, SignupDoc } from './model';

/** The minutes credited for a stay (0 writes no entry: a stay outside the window earns nothing). */
export async function creditStay(
  tx: Tx,
  a: ActivityDoc,
  s: Pick<SignupDoc, 'userId'>,
  stay: { checkInAt: Date; checkOutAt: Date },
  unitId: string,
  actorId: string,
  at: Date,
): Promise<number> {
  const minutes = creditedMinutes(stay.checkInAt, stay.checkOutAt, a.startAt, a.endAt);
  if (minutes <= 0) return 0;
  const { entry } = await postHours(tx, {
    _id: hourCauses.activity(a._id, s.userId),
    communityId: a.communityId,
    userId: s.userId,
    unitId,
    minutes,
    source: 'activity',
    sourceId: a._id,
    reason: `${a.kind === 'service' ? '服务' : '活动'}：${a.title}`,
    actorId,
    at,
  });
  return entry.minutes;
}
