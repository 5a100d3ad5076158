/** Function `orders`: the 三单 workflow (居民点单 → 社区派单 → 网格接单/抢单 → 办结 → 回访评单). */
import { ordersEventSchema, type OrdersEvent } from '../../types/orders';
import { defineFunction } from '../_shared/define-function';
import { submitOrder } from './submit';
import { dispatchOrder } from './dispatch';
import { assignOrder, grabOrder } from './take';
import { cancelOrder, completeOrder, rateOrder, rectifyOrder } from './progress';
import { getOrder, listOrders } from './read';
import { handBackOrder, reassignOrder } from './hand-over';
import { listHouseholds, listTakers } from './people';
import { acceptOrder, respondOrder } from './department';
import { confirmRectification, disputeRectification } from './follow-up';
import { resumeOrder, waitForResident } from './waiting';

export const main = defineFunction<OrdersEvent>('orders', ordersEventSchema, {
  submit: (e) => submitOrder(e),
  dispatch: (e) => dispatchOrder(e),
  grab: (e) => grabOrder(e),
  assign: (e) => assignOrder(e),
  complete: (e) => completeOrder(e),
  rate: (e) => rateOrder(e),
  rectify: (e) => rectifyOrder(e),
  confirm: (e) => confirmRectification(e),
  dispute: (e) => disputeRectification(e),
  wait: (e) => waitForResident(e),
  resume: (e) => resumeOrder(e),
  cancel: (e) => cancelOrder(e),
  handBack: (e) => handBackOrder(e),
  reassign: (e) => reassignOrder(e),
  takers: (e) => listTakers(e),
  households: (e) => listHouseholds(e),
  accept: (e) => acceptOrder(e),
  respond: (e) => respondOrder(e),
  get: (e) => getOrder(e),
  list: (e) => listOrders(e),
});
