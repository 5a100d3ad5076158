/**
 * 订阅消息: WeChat sends a subscribe message only after the person said yes to that template, once
 * per yes. So the page asks on a tap (WeChat refuses the prompt otherwise), then tells the `notices`
 * function which kinds were accepted, which counts one more message of each for this person.
 * H5 has no prompt: treated as accepted and recorded the same way, so the flow can be shown.
 */
import Taro from '@tarojs/taro';
import { SUBSCRIBE_KIND_LABELS, TEMPLATE_IDS, type SubscribeKind } from '../../../types/notices';
import { subscribe } from '@/services/notices';
import { errorText } from '../errors';
import { IS_H5 } from '../platform';

export type SubscribeOutcome = { ok: true; kinds: SubscribeKind[] } | { ok: false; message: string };

/** The kinds the person accepted in WeChat's answer (`{[templateId]: 'accept' | 'reject' | …}`). */
export function acceptedKinds(kinds: readonly SubscribeKind[], answer: Record<string, unknown>): SubscribeKind[] {
  return kinds.filter((k) => answer[TEMPLATE_IDS[k]] === 'accept');
}

/** What to say when nothing was accepted: where to look instead. */
export function declinedText(kinds: readonly SubscribeKind[]): string {
  if (kinds.length === 1 && kinds[0] === 'building_notice') return '您没有开启提醒，有新通知时请到「楼栋通知」查看';
  return `您没有开启提醒（${kinds.map((k) => SUBSCRIBE_KIND_LABELS[k]).join('、')}），请常到工作台查看`;
}

/** WeChat's prompt (weapp), or everything accepted (H5). Must start inside a tap handler. */
async function prompt(kinds: SubscribeKind[]): Promise<SubscribeKind[] | null> {
  if (IS_H5) return kinds;
  try {
    // entityIds is Alipay's; Taro's type asks for it on every platform.
    const answer = await Taro.requestSubscribeMessage({ tmplIds: kinds.map((k) => TEMPLATE_IDS[k]), entityIds: [] });
    return acceptedKinds(kinds, answer as unknown as Record<string, unknown>);
  } catch {
    return null;
  }
}

/** Must run inside a tap handler. Answers once the acceptance is recorded. */
export async function askToSubscribe(kinds: SubscribeKind[]): Promise<SubscribeOutcome> {
  const accepted = await prompt(kinds);
  if (accepted === null) return { ok: false, message: '没能打开消息提醒设置，请稍后再试' };
  if (accepted.length === 0) return { ok: false, message: declinedText(kinds) };
  const res = await subscribe(accepted);
  return res.ok ? { ok: true, kinds: accepted } : { ok: false, message: errorText(res.error) };
}

/**
 * On a tap that leads somewhere (a 工作台 tile, 抢单, 一键发单): asks, and answers as soon as the
 * person has answered WeChat, so the tap goes on at once; what they accepted is recorded meanwhile,
 * and a failure to record says nothing (the work itself matters more than its reminder).
 */
export async function askAlongTheWay(kinds: SubscribeKind[]): Promise<void> {
  if (kinds.length === 0) return;
  const accepted = await prompt(kinds);
  if (accepted?.length) void subscribe(accepted).catch(() => undefined);
}
