/**
 * The environment a function instance sees, so the unmodified wx-server-sdk 4.0.2 works locally.
 *
 * Read by the SDK (wx-server-sdk/index.js and @cloudbase/node-sdk 3.17.2 dist/utils/*):
 * - TCB_CONTEXT_CNFG `{"URL": …}`: every database request is POSTed to this URL instead of
 *   Tencent's endpoint (tcbcontext.js getServerInjectUrl, tcbapiendpoint.js buildUrl). Re-read on
 *   each request, so we set it per invocation with the invocation's id in the path.
 * - TENCENTCLOUD=true: the SDK treats the machine as inside Tencent Cloud and skips probing the
 *   metadata server (cloudplatform.js checkIsInTencentCloud).
 * - TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY: requests are signed with them; dummies do,
 *   and without them the SDK rejects with an unhandled rejection.
 * - SCF_NAMESPACE / TCB_ENV: the env id `cloud.DYNAMIC_CURRENT_ENV` resolves to, and
 *   getWXContext().ENV.
 * - WX_CONTEXT_KEYS: the comma-separated list getWXContext() reads; each listed WX_<KEY> becomes
 *   <KEY> in the context (WX_OPENID → OPENID). A purely numeric value comes back as a number.
 * - SILENCE=true: no "request longer than 3s" warnings.
 */

export const LOCAL_ENV_ID = 'localcloud';
/** A fixed, obviously local AppID for getWXContext().APPID. */
export const LOCAL_APPID = 'wx0000000000000000';

export interface CallerIdentity {
  /** '' when the caller sent no x-openid: getWXContext().OPENID is then '' */
  openid: string;
  unionid?: string;
  appid: string;
  clientIp?: string;
}

/** Set once when an instance starts. */
export function instanceEnv(): Record<string, string> {
  return {
    TENCENTCLOUD: 'true',
    TENCENTCLOUD_SECRETID: 'localcloud-dummy-secret-id',
    TENCENTCLOUD_SECRETKEY: 'localcloud-dummy-secret-key',
    SCF_NAMESPACE: LOCAL_ENV_ID,
    TCB_ENV: LOCAL_ENV_ID,
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    SILENCE: 'true',
  };
}

/** Set before each invocation; null removes a variable left over from the previous caller. */
export function invocationEnv(dbUrl: string, caller: CallerIdentity): Record<string, string | null> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: dbUrl }),
    WX_OPENID: caller.openid,
    WX_APPID: caller.appid,
    WX_UNIONID: caller.unionid ?? null,
    WX_CLIENTIP: caller.clientIp ?? null,
  };
}
