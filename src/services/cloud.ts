/**
 * The ONE place the client calls a cloud function. Every function answers an Envelope
 * (types/envelope.ts); anything else — a dropped network, a non-JSON reply, a platform error —
 * becomes an INTERNAL failure with a message a person can act on, so pages never see a throw.
 */
import Taro from '@tarojs/taro';
import type { Envelope } from '../../types/envelope';
import { callLocalCloud } from './local-cloud';

export const NETWORK_FAILURE: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: '网络不给力，请稍后再试' },
};

/** A reply is an envelope if it says ok:true with data, or ok:false with an error code. */
export function isEnvelope(x: unknown): x is Envelope<unknown> {
  if (!x || typeof x !== 'object') return false;
  const e = x as { ok?: unknown; error?: { code?: unknown } };
  if (e.ok === true) return 'data' in e;
  return e.ok === false && !!e.error && typeof e.error.code === 'string';
}

async function callWeapp(name: string, data: object): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name, data: data as Record<string, unknown> });
  return res.result;
}

export async function callCloud<T>(name: string, data: object): Promise<Envelope<T>> {
  try {
    const result = process.env.TARO_ENV === 'weapp' ? await callWeapp(name, data) : await callLocalCloud(name, data);
    return isEnvelope(result) ? (result as Envelope<T>) : NETWORK_FAILURE;
  } catch {
    return NETWORK_FAILURE;
  }
}
