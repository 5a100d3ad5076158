/**
 * A person's two figures (余额 and 累计) with their label, as `points.balance` and `user.home`
 * answer them: no account yet is 0 and 0.
 */
import type { Actor } from '../../domain/actor';
import type { AccountView } from '../../types/points';
import { accountIdFor } from './ids/points';
import { pointsLabelFor } from '../../domain/points/permissions';
import { accountDoc, ACCOUNTS } from './points-ledger';
import { findById } from './records';

export async function balanceOf(communityId: string, holder: Actor): Promise<AccountView> {
  const account = await findById(ACCOUNTS, accountIdFor(communityId, holder.userId), accountDoc);
  return { balance: account?.balance ?? 0, lifetime: account?.lifetime ?? 0, label: pointsLabelFor(holder) };
}
