/**
 * 一键发单 sends on the first tap; for a few seconds after, the sheet offers 撤回. Long enough for an
 * older person to read "求助已发出" and find the button, short enough that a grid worker rarely sets
 * out before it closes. Withdrawing is the ordinary 撤销 (allowed until someone takes the order).
 */
export const UNDO_SECONDS = 8;

/** The 撤回 button's words while the window is open: "撤回 8秒" (short: one line in 长辈模式 too). */
export function undoLabel(secondsLeft: number): string {
  return `撤回 ${secondsLeft}秒`;
}
