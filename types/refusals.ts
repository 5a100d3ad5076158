/**
 * Every expected refusal has a stable name (issue #9, point 3). This is the ONE table mapping each
 * name to one of the eight envelope codes and the Chinese sentence a person reads. A domain rule
 * answers `refuse(NAME)` (optionally with a more specific sentence, e.g. naming the item); the
 * function turns it into `{ ok:false, error:{ code, message, reason: NAME } }`, so a page can tell
 * "someone else grabbed it" from "it was cancelled" by `reason`, never by matching `message`.
 *
 * Names are part of the contract with the client: add freely, never rename or reuse one.
 */
import type { ErrorCode } from './envelope';

interface RefusalRow {
  code: ErrorCode;
  message: string;
}

export const REFUSALS = {
  // —— 三单 (orders) ——
  ORDER_ALREADY_TAKEN: { code: 'CONFLICT', message: '来晚了，这单已被其他人接走' },
  ORDER_CANCELLED: { code: 'FAILED_PRECONDITION', message: '这单已被居民撤销' },
  ORDER_CLOSED: { code: 'FAILED_PRECONDITION', message: '这单已经办结关闭' },
  ORDER_TRANSFERRED: { code: 'FAILED_PRECONDITION', message: '这单已转交职能部门办理' },
  ORDER_ALREADY_ACCEPTED: { code: 'CONFLICT', message: '这单部门已经受理' },
  ORDER_NOT_YOUR_DEPARTMENT: { code: 'PERMISSION_DENIED', message: '这单没有转交给您的部门' },
  ORDER_STATUS_FORBIDS: { code: 'FAILED_PRECONDITION', message: '该诉求当前状态下不能进行此操作' },
  ORDER_CHANGED: { code: 'CONFLICT', message: '这单刚被其他人处理过，请刷新后再试' },
  ORDER_NOT_YOURS: { code: 'PERMISSION_DENIED', message: '这不是您经手的诉求，不能进行此操作' },
  ORDER_OUTSIDE_YOUR_GRID: { code: 'PERMISSION_DENIED', message: '这单不在您负责的网格内' },
  PROXY_OUT_OF_SCOPE: {
    code: 'PERMISSION_DENIED',
    message: '只能为本楼栋（楼栋长）或本网格（网格员）已登记的居民代办',
  },
  REASSIGN_SAME_TAKER: { code: 'FAILED_PRECONDITION', message: '这单已经由这位接单人办理，请选择另一位' },
  ORDER_ASSIGNEE_INELIGIBLE: { code: 'FAILED_PRECONDITION', message: '所选人员不能接这类诉求' },
  ADDRESS_MISSING: { code: 'FAILED_PRECONDITION', message: '请先在「我的」里填写所住楼栋和房号' },
  BUILDING_GONE: { code: 'FAILED_PRECONDITION', message: '住址所在楼栋已不存在' },

  // —— 积分 (points) ——
  POINTS_INSUFFICIENT: { code: 'RESOURCE_EXHAUSTED', message: '积分不足' },
  POINTS_ALREADY_SPENT: { code: 'RESOURCE_EXHAUSTED', message: '该积分已被使用，余额不足以冲正' },
  STOCK_EXHAUSTED: { code: 'RESOURCE_EXHAUSTED', message: '该商品已兑完' },
  REDEEM_LIMIT_REACHED: { code: 'RESOURCE_EXHAUSTED', message: '已达到该商品的每人限兑数量' },
  LEDGER_ENTRY_MALFORMED: { code: 'FAILED_PRECONDITION', message: '积分记录不合规' },
  ONLY_EARNINGS_REVERSIBLE: { code: 'FAILED_PRECONDITION', message: '只有获得积分的记录可以冲正' },
  REDEMPTION_FULFILLED: { code: 'FAILED_PRECONDITION', message: '该兑换已核销' },
  REDEMPTION_CANCELLED: { code: 'FAILED_PRECONDITION', message: '该兑换已取消' },
  REDEMPTION_EXPIRED: { code: 'FAILED_PRECONDITION', message: '该兑换已过期' },
  REDEMPTION_NOT_EXPIRED: { code: 'FAILED_PRECONDITION', message: '该兑换尚未过期' },

  // —— 议事 (meetings) ——
  MEETING_STEP_CLOSED: { code: 'FAILED_PRECONDITION', message: '会议当前环节不能进行此操作' },
  MEETING_FINISHED: { code: 'FAILED_PRECONDITION', message: '会议已结束' },
  MEETING_STEP_UNKNOWN: { code: 'FAILED_PRECONDITION', message: '会议步骤不正确' },
  MEETING_STEP_MOVED: { code: 'CONFLICT', message: '会议步骤已被他人推进，请刷新后再试' },
  TOPIC_ALREADY_REVIEWED: { code: 'FAILED_PRECONDITION', message: '该议题已审议过' },
  TOPIC_REVIEWED_BY_OTHER: { code: 'CONFLICT', message: '该议题已被他人审议，请刷新后再试' },
  TOPIC_NOT_ACCEPTED: { code: 'FAILED_PRECONDITION', message: '议题尚未采纳' },
  DECISION_ALREADY_DONE: { code: 'FAILED_PRECONDITION', message: '该决策已落实完毕' },
  SIGN_IN_NOT_OPEN: { code: 'FAILED_PRECONDITION', message: '签到在会议开始前 30 分钟开放' },
  SIGN_IN_CLOSED: { code: 'FAILED_PRECONDITION', message: '会议已结束，签到已关闭' },
  SIGN_IN_CODE_WRONG: { code: 'FAILED_PRECONDITION', message: '签到码不对或已过期，请扫主持人屏幕上的最新二维码' },
  ATTENDEE_OUT_OF_SCOPE: { code: 'FAILED_PRECONDITION', message: '此人不在本次会议的范围内' },

  // —— 活动清单 / 服务清单 (activities, issue 14) ——
  ACTIVITY_FULL: { code: 'RESOURCE_EXHAUSTED', message: '名额已满' },
  ACTIVITY_CLOSED: { code: 'FAILED_PRECONDITION', message: '活动已结束并发放积分' },
  ACTIVITY_SIGNUP_CLOSED: { code: 'FAILED_PRECONDITION', message: '报名已截止' },
  ACTIVITY_NOT_SIGNED_UP: { code: 'FAILED_PRECONDITION', message: '请先报名这个活动' },
  ACTIVITY_ALREADY_CHECKED_IN: { code: 'FAILED_PRECONDITION', message: '已经签到，不能取消报名' },
  ACTIVITY_CHECK_IN_NOT_OPEN: { code: 'FAILED_PRECONDITION', message: '签到在活动开始前 30 分钟开放' },
  ACTIVITY_CHECK_IN_CLOSED: { code: 'FAILED_PRECONDITION', message: '活动已结束，签到已关闭' },
  ACTIVITY_CHECK_OUT_CLOSED: { code: 'FAILED_PRECONDITION', message: '签退已关闭（活动结束 2 小时内可签退）' },
  ACTIVITY_NOT_CHECKED_IN: { code: 'FAILED_PRECONDITION', message: '请先签到再签退' },
  ACTIVITY_NOT_ENDED: { code: 'FAILED_PRECONDITION', message: '活动结束后才能发放积分' },
  ACTIVITY_NOT_STAFF: { code: 'PERMISSION_DENIED', message: '只有社区管理员和网格员可以发布活动' },
  ACTIVITY_NOT_HOST: { code: 'PERMISSION_DENIED', message: '只有活动的发布人和社区管理员可以进行此操作' },
  ACTIVITY_TIMES_INVALID: { code: 'INVALID_ARGUMENT', message: '活动时间不正确' },
  ACTIVITY_ROLL_TIMES_INVALID: { code: 'INVALID_ARGUMENT', message: '签到、签退时间须在活动时间内，且签退晚于签到' },

  // —— 通知与接龙 (notices) ——
  NOTICE_NOT_SIGNUP: { code: 'FAILED_PRECONDITION', message: '这条通知不需要接龙' },
  SIGNUP_CLOSED: { code: 'FAILED_PRECONDITION', message: '接龙已截止' },
  SIGNUP_FULL: { code: 'RESOURCE_EXHAUSTED', message: '名额已满' },
  DEADLINE_IN_PAST: { code: 'INVALID_ARGUMENT', message: '截止时间须晚于现在' },
  CONTENT_FLAGGED: { code: 'INVALID_ARGUMENT', message: '内容含有不当信息，请修改后再提交' },
  CONTENT_CHECK_UNAVAILABLE: { code: 'FAILED_PRECONDITION', message: '内容安全检查暂时不可用，请稍后再试' },
  REMIND_TOO_SOON: { code: 'FAILED_PRECONDITION', message: '一小时内已提醒过，请稍后再提醒' },

  // —— 人员与身份 (user, org) ——
  NOT_SIGNED_IN: { code: 'UNAUTHENTICATED', message: '请先登录' },
  COMMUNITY_GONE: { code: 'FAILED_PRECONDITION', message: '您所在的社区已不存在，请联系社区工作人员' },
  REGISTRATION_CLOSED: { code: 'FAILED_PRECONDITION', message: '暂未开放注册，请联系社区工作人员' },
  RESIDENT_NOT_GRANTABLE: { code: 'INVALID_ARGUMENT', message: '居民身份由住址决定，无需授予' },
  STREET_ADMIN_NOT_GRANTABLE: {
    code: 'PERMISSION_DENIED',
    message: '街道管理员由运维人员用命令授予（npm run street:grant）',
  },
  GRANT_SCOPE_INVALID: { code: 'INVALID_ARGUMENT', message: '身份的范围不正确' },
  ADMIN_SELF_REVOKE: { code: 'FAILED_PRECONDITION', message: '不能撤销自己的管理员身份，请由其他管理员操作' },
  NOT_ADMIN: { code: 'PERMISSION_DENIED', message: '只有社区管理员可以进行此操作' },
  NOT_JOINED: { code: 'FAILED_PRECONDITION', message: '您还没有加入社区，请扫描社区或楼栋的邀请码加入' },
  JOINED_ELSEWHERE: { code: 'FAILED_PRECONDITION', message: '您已加入另一个社区，如需更换请联系社区工作人员' },
  INVITE_INVALID: { code: 'NOT_FOUND', message: '邀请码无效或已停用，请向楼栋长或社区索取新的邀请' },
  ADDRESS_UNCONFIRMED: { code: 'FAILED_PRECONDITION', message: '住址尚未认证，认证后才能获得积分' },
  CLAIM_CHANGED: { code: 'CONFLICT', message: '该居民刚修改了住址或已被他人处理，请刷新后再试' },
  NOT_VERIFIER: { code: 'PERMISSION_DENIED', message: '只有本楼栋的楼栋长或社区管理员可以认证' },

  // —— 台账 (ledgers) ——
  LEDGER_NOT_ALLOWED: {
    code: 'PERMISSION_DENIED',
    message: '只有社区管理员（本社区）和街道管理员（所辖社区）可以导出台账',
  },
  LEDGER_FILE_NOT_YOURS: { code: 'PERMISSION_DENIED', message: '只能下载自己导出的台账文件' },
  LEDGER_TOO_LARGE: { code: 'RESOURCE_EXHAUSTED', message: '所选时段的记录太多，请缩短时段或按网格分别导出' },

  // —— 微心愿 (wishes) ——
  WISH_ALREADY_CLAIMED: { code: 'CONFLICT', message: '来晚了，这个心愿已被认领' },
  WISH_NOT_OPEN: { code: 'FAILED_PRECONDITION', message: '这个心愿还在审核或已关闭，暂不能认领' },
  WISH_CANCELLED: { code: 'FAILED_PRECONDITION', message: '这个心愿已被撤回' },
  WISH_STATUS_FORBIDS: { code: 'FAILED_PRECONDITION', message: '该心愿当前状态下不能进行此操作' },
  WISH_CHANGED: { code: 'CONFLICT', message: '这个心愿刚有变化，请刷新后再试' },
  WISH_CLAIM_NOT_ALLOWED: { code: 'PERMISSION_DENIED', message: '只有本社区的党员可以认领心愿' },
  WISH_OWN: { code: 'FAILED_PRECONDITION', message: '不能认领自己发布或为自己许下的心愿' },
  WISH_NOT_CLAIMER: { code: 'PERMISSION_DENIED', message: '只有认领人可以进行此操作' },
  WISH_NOT_POSTER: { code: 'PERMISSION_DENIED', message: '只有发布人或心愿本人可以进行此操作' },
  WISH_FOR_OUT_OF_SCOPE: { code: 'PERMISSION_DENIED', message: '只能为自己或本楼栋已认证的居民发布心愿' },
  WISH_NEEDS_ADDRESS: { code: 'FAILED_PRECONDITION', message: '住址认证后才能发布心愿' },
  // —— 在职党员报到 (party: registration, 1+X, 反馈卡) ——
  UNIT_ADMIN_NOT_GRANTABLE: {
    code: 'PERMISSION_DENIED',
    message: '共建单位管理员由运维人员用命令授予（npm run unit:setup）',
  },
  UNIT_NOT_PAIRED: { code: 'FAILED_PRECONDITION', message: '该单位不是本社区的共建单位，请重新选择' },
  MEMBER_NOT_CONFIRMED: { code: 'FAILED_PRECONDITION', message: '报到审核通过后才能进行此操作' },
  REGISTRATION_DECIDED: { code: 'CONFLICT', message: '这份报到已被审核过，请刷新后再看' },
  REGISTRATION_CONFIRMED: { code: 'FAILED_PRECONDITION', message: '您已在本社区报到，如需修改请联系社区' },
  NOT_UNIT_ADMIN: { code: 'PERMISSION_DENIED', message: '只有本共建单位的管理员可以查看' },
  FEEDBACK_CARD_NOT_SIGNED: { code: 'PERMISSION_DENIED', message: '社区尚未签发这张反馈卡' },
  FEEDBACK_CARD_SIGNED: { code: 'CONFLICT', message: '这张反馈卡已签发，不能再修改' },
  PAIRING_HOUSEHOLD_INVALID: { code: 'FAILED_PRECONDITION', message: '请选择本社区已认证住址的居民户' },
  // —— 商家 (merchants, 15分钟便民服务圈) ——
  NOT_YOUR_SHOP: { code: 'PERMISSION_DENIED', message: '只能管理自己店铺的页面和服务' },
  PLACE_NOT_MERCHANT: { code: 'FAILED_PRECONDITION', message: '只有商家和便民网点可以关联商家' },
  SHOP_HAS_NO_MERCHANT: { code: 'FAILED_PRECONDITION', message: '这个网点还没有关联商家' },
  MERCHANT_CODE_WRONG: { code: 'FAILED_PRECONDITION', message: '服务码不对或已过期，请扫商家手机上的最新服务码' },
  MERCHANT_SELF_CONFIRM: { code: 'PERMISSION_DENIED', message: '不能确认自己店铺的服务' },
  MERCHANT_SERVICES_FULL: { code: 'RESOURCE_EXHAUSTED', message: '每个店铺最多 10 项服务' },
  NOT_A_COMPLAINT: { code: 'FAILED_PRECONDITION', message: '只有差评（2 星及以下）需要回复' },
  TRUST_NEEDS_MERCHANT: { code: 'FAILED_PRECONDITION', message: '只有已关联商家的网点可以评为社区信得过' },

  // —— 预约服务阵地 (bookings) ——
  SLOT_TAKEN: { code: 'CONFLICT', message: '该时段已被预约，请选择其他时段' },
  SLOT_BLOCKED: { code: 'FAILED_PRECONDITION', message: '该时段社区另有安排，不能预约' },
  SLOT_PAST: { code: 'FAILED_PRECONDITION', message: '该时段已过，请选择以后的时段' },
  SLOT_OUT_OF_WINDOW: { code: 'FAILED_PRECONDITION', message: '该日期还不能预约' },
  SLOT_UNKNOWN: { code: 'INVALID_ARGUMENT', message: '没有这个时段，请按开放时间选择' },
  BOOKING_LIMIT_REACHED: { code: 'RESOURCE_EXHAUSTED', message: '您已有多个未到期的预约，请先使用或取消后再约' },
  BOOKING_OVER_CAPACITY: { code: 'INVALID_ARGUMENT', message: '人数超过了房间可容纳的人数' },
  BOOKING_NOT_MEMBER: { code: 'FAILED_PRECONDITION', message: '住址认证后才能预约服务阵地，请先在「我的」里填写住址' },
  BOOKING_NOT_YOURS: { code: 'PERMISSION_DENIED', message: '只能取消自己的预约' },
  BOOKING_NOT_CANCELLABLE: { code: 'FAILED_PRECONDITION', message: '该预约已取消或已开始，不能再取消' },

  // —— 通用 (any function) ——
  CURSOR_MALFORMED: { code: 'INVALID_ARGUMENT', message: '翻页参数不正确' },
  TOO_BUSY: { code: 'CONFLICT', message: '当前操作的人较多，请稍后再试' },
  PHOTO_NOT_YOURS: { code: 'PERMISSION_DENIED', message: '只能使用自己上传的图片' },
} as const satisfies Record<string, RefusalRow>;

export type RefusalName = keyof typeof REFUSALS;
export const REFUSAL_NAMES = Object.keys(REFUSALS) as [RefusalName, ...RefusalName[]];

/** A named refusal as a value: what a domain rule answers instead of throwing. */
export interface Refusal {
  reason: RefusalName;
  code: ErrorCode;
  message: string;
}
export type Refused = { ok: false } & Refusal;

/**
 * The refusal `reason`, with the table's code and (unless a more specific sentence is given, e.g.
 * one naming the item) the table's message.
 */
export function refuse(reason: RefusalName, message?: string): Refused {
  const row: RefusalRow = REFUSALS[reason];
  return { ok: false, reason, code: row.code, message: message ?? row.message };
}

export function isRefusalName(x: unknown): x is RefusalName {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(REFUSALS, x);
}
