/**
 * WeChat's content security (msgSecCheck v2) for the text people write (types/people-text.ts says
 * which fields). defineFunction runs it before any action, so flagged text is refused and nothing is
 * saved. A check that cannot run refuses too: nothing unchecked is published.
 */
import { peopleTextOf, TEXT_SCENES } from '../../types/people-text';
import { requireOpenid } from './actor';
import { openapi } from './cloud';
import { refusal } from './failure';

export async function checkPeopleText(fn: string, event: { action: string }): Promise<void> {
  const found = peopleTextOf(fn, event);
  if (!found) return;
  const openid = requireOpenid();
  let suggest: unknown;
  try {
    const res = (await openapi().security.msgSecCheck({
      version: 2,
      openid,
      scene: TEXT_SCENES[found.scene],
      content: found.text,
    })) as { result?: { suggest?: unknown } };
    suggest = res.result?.suggest;
  } catch (error) {
    const code = (error as { errCode?: unknown })?.errCode ?? 'unknown';
    console.error(`[${fn}] msgSecCheck failed: ${String(code)}`);
    throw refusal('CONTENT_CHECK_UNAVAILABLE');
  }
  if (suggest !== 'pass') throw refusal('CONTENT_FLAGGED');
}
