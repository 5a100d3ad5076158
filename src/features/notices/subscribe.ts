/**
 * 订阅消息: WeChat sends a subscribe message only after the person said yes to that template, once
 * per yes. So the page asks on a tap (WeChat refuses the prompt otherwise), then tells the `notices`
 * function which kinds were accepted. H5 has no prompt: treated as accepted, so the flow can be shown.
 */
import Taro from '@tarojs/taro';
import { TEMPLATE_IDS, type SubscribeKind } from '../../../types/notices';
import { subscribe } from '@/services/notices';
import { errorText } from '../errors';
import { IS_H5 } from '../platform';

export type SubscribeOutcome = { ok: true; kinds: SubscribeKind[] } | { ok: false; message: string };

/** The kinds the person accepted in WeChat's answer (`{[templateId]: 'accept' | 'reject' | …}`). */
export function acceptedKinds(kinds: readonly SubscribeKind[], answer: Record<string, unknown>): SubscribeKind[] {
  return kinds.filter((k) => answer[TEMPLATE_IDS[k]] === 'accept');
}

/** Must run inside a tap handler. */
export async function askToSubscribe(kinds: SubscribeKind[]): Promise<SubscribeOutcome> {
  let accepted: SubscribeKind[] = kinds;
  if (!IS_H5) {
    try {
      // entityIds is Alipay's; Taro's type asks for it on every platform.
      const answer = await Taro.requestSubscribeMessage({ tmplIds: kinds.map((k) => TEMPLATE_IDS[k]), entityIds: [] });
      accepted = acceptedKinds(kinds, answer as unknown as Record<string, unknown>);
    } catch {
      return { ok: false, message: '没能打开消息提醒设置，请稍后再试' };
    }
  }
  if (accepted.length === 0) return { ok: false, message: '您没有开启提醒，有新通知时请到「楼栋通知」查看' };
  const res = await subscribe(accepted);
  return res.ok ? { ok: true, kinds: accepted } : { ok: false, message: errorText(res.error) };
}
