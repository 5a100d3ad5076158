/**
 * Function `ledgers`: 台账 generated, not typed again (issue 13). Each action builds one file — the
 * 三单台账, 积分台账 and 议事台账 as Excel, a meeting's 纪要 as Word — into cloud storage, in the
 * caller's own folder, and answers its file id and a short-lived link for the caller alone.
 */
import { ledgersEventSchema, type LedgersEvent } from '../../types/ledgers';
import { defineFunction } from '../_shared/define-function';
import { relink } from '../_shared/ledger-files';
import { exportMeetings } from './meetings-ledger';
import { exportMinutes } from './minutes-doc';
import { exportOrders } from './orders-ledger';
import { exportPoints } from './points-ledger';
import { exportScopes } from './scope';

export const main = defineFunction<LedgersEvent>('ledgers', ledgersEventSchema, {
  orders: (e) => exportOrders(e),
  points: (e) => exportPoints(e),
  meetings: (e) => exportMeetings(e),
  minutes: (e) => exportMinutes(e),
  link: (e) => relink(e.fileId),
  scope: () => exportScopes(),
});
