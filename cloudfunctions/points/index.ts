/**
 * Function `points`: 积分银行 (balance, ledger, award, reverse), 爱心超市 (items, item.save, redeem,
 * verify, cancel, redemptions) and 红榜 (leaderboard). Identity only from the cloud context.
 */
import { pointsEventSchema, type PointsEvent } from '../../types/points';
import { defineFunction } from '../_shared/define-function';
import { readBalance, readLedger } from './account';
import { awardPoints, reverseEntry } from './award';
import { listItems, saveItem } from './items';
import { redeemItem } from './redeem';
import { cancelRedemption, verifyRedemption } from './release';
import { listRedemptions } from './redemptions';
import { readLeaderboard } from './leaderboard';
import { withMemberFigures, withOwnFigures, withRedeemer } from './answers';

export const main = defineFunction<PointsEvent>('points', pointsEventSchema, {
  balance: (e) => readBalance(e),
  ledger: (e) => readLedger(e),
  award: async (e) => withMemberFigures(await awardPoints(e)),
  reverse: async (e) => withMemberFigures(await reverseEntry(e)),
  items: (e) => listItems(e),
  'item.save': (e) => saveItem(e),
  redeem: async (e) => withRedeemer(await redeemItem(e)),
  verify: (e) => verifyRedemption(e),
  cancel: async (e) => withOwnFigures(await cancelRedemption(e)),
  redemptions: (e) => listRedemptions(e),
  leaderboard: (e) => readLeaderboard(e),
});
