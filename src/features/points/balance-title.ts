/**
 * The balance card's title, for the home and the points pages. Apart from labels.ts, which uses the
 * domain's mall and ledger rules, so the home (main package) does not carry those. Pure.
 */

/** 先锋积分 for party members, 我的积分 for everyone else. */
export const balanceTitle = (label: string | undefined): string => (label && label !== '积分' ? label : '我的积分');
