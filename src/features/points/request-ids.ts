/**
 * One requestId keeper per thing acted on (an item to redeem, a member to award): a retry of the
 * same tap reuses its id, so the function answers the first result instead of acting twice, and
 * an id still in doubt (the network dropped) is never reused for a different item. Pure.
 */
import { requestIdKeeper, type RequestIdKeeper } from '../orders/request-id';

export function requestIdKeepers(make?: () => string): (key: string) => RequestIdKeeper {
  const keepers = new Map<string, RequestIdKeeper>();
  return (key) => {
    let k = keepers.get(key);
    if (!k) {
      k = requestIdKeeper(make);
      keepers.set(key, k);
    }
    return k;
  };
}
