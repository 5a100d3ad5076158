/**
 * What caused a ledger entry, as a string that is also the entry's `_id`: the same cause (a retried
 * call, a double tap, a timer run twice) lands on the same id and is written at most once. Causes
 * are globally unique: they name an order, a redemption, or an admin plus that admin's requestId.
 * Pure (no hashing), so the earning rules in domain/ can name their causes.
 */
export const causes = {
  orderTaker: (orderId: string) => `order:${orderId}:taker`,
  rating: (orderId: string) => `rate:${orderId}`,
  meeting: (meetingId: string, userId: string) => `meeting:${meetingId}:${userId}`,
  /** 微心愿: the claimer's points once the resident confirms it came true (one wish, one claimer paid). */
  wish: (wishId: string) => `wish:${wishId}:claimer`,
  /** 活动 (issue 14): once per activity per attendee, however often the host presses 发放. */
  activity: (activityId: string, userId: string) => `activity:${activityId}:${userId}`,
  award: (adminUserId: string, requestId: string) => `award:${adminUserId}:${requestId}`,
  redeem: (redemptionId: string) => `redeem:${redemptionId}`,
  refund: (redemptionId: string) => `refund:${redemptionId}`,
  /** One reversal per entry, ever: reversing twice finds the first. */
  reversal: (entryId: string) => `reverse:${entryId}`,
  /** 便民服务积分: one per resident per merchant service per China day, however often the code is scanned. */
  merchantService: (serviceId: string, residentId: string, day: string) => `merchant:${serviceId}:${residentId}:${day}`,
};
