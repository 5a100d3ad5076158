/**
 * Every collection the app uses. The local cloud creates them at start; in the WeChat cloud create
 * them in the console (README). Security rule for all of them: no client access (database-rules.json).
 */
export const COLLECTIONS = [
  'communities',
  'grids',
  'buildings',
  'users',
  // invitations to join a community or a building (QR code / shared link), _id = the code
  'invitations',
  'orders',
  // points (积分银行 / 爱心超市 / 红榜)
  'point_accounts',
  'point_entries',
  'point_counters',
  'mall_items',
  'mall_quotas',
  'redemptions',
  'points_reconcile_reports',
  // meetings (议事)
  'meetings',
  'meeting_topics',
  'meeting_decisions',
  'meeting_attendance',
  // notices (楼栋长发布) and subscribe messages
  'notices',
  'notice_reads',
  'notice_households',
  'notice_signups',
  'notice_subscriptions',
  // one document per subscribe message sent under a `once` key (order + kind + person): no duplicates
  'notice_sends',
  // 数据看板 counters (per community, period and scope), 服务居民 markers, reconciliation reports
  'stats_counters',
  'stats_marks',
  'stats_reports',
  // 服务阵地 (红色驿站, 党群服务中心, 便民网点, 商家…) of the 15分钟便民服务圈
  'places',
  // 预约服务阵地: bookable rooms, one document per booked or blocked slot (id = room+day+start),
  // the bookings themselves, and each person's upcoming bookings (the per-person limit)
  'place_rooms',
  'booking_slots',
  'bookings',
  'booking_holders',
  // 志愿服务时长: entries (never spent, never removed) and per-person / per-共建单位 totals
  'hour_entries',
  'hour_accounts',
  // 在职党员报到: registrations (_id = communityId_userId), 共建单位, 1+X 结对 and 建议, signed 反馈卡
  'member_registrations',
  'units',
  'member_pairings',
  'member_suggestions',
  'feedback_cards',
  // 微心愿: the wishes, and one 圆梦 counter per community (moved with each confirmation)
  'wishes',
  'wish_counters',
  // 活动清单 / 服务清单 (issue 14): activities with their capacity counter, and one sign-up per person each
  'activities',
  'activity_signups',
  // 商家 (issue 15.4): each merchant place's secret and record (_id = placeId), its services, and
  // one confirmation per resident per service per day
  'merchant_shops',
  'merchant_services',
  'merchant_confirmations',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
