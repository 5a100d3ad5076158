/**
 * How the H5 build reaches the local cloud: function calls and photo uploads over fetch, as the
 * person chosen on the dev sign-in page (the `x-openid` header). The mini-program never has this:
 * its build takes local-cloud.weapp.ts instead (Taro's per-platform files), which holds no
 * fetch and no `x-openid` — tests/weapp/no-dev-sign-in.test.ts checks dist/weapp for it.
 */
import { getDevOpenid } from './identity';

export async function callLocalCloud(name: string, data: object): Promise<unknown> {
  const res = await fetch('/cloud/' + encodeURIComponent(name), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': getDevOpenid() ?? '' },
    body: JSON.stringify(data),
  });
  // Failures still come back as envelopes (with a 4xx/5xx status), so read the body either way.
  return res.json();
}

export async function uploadToLocalCloud(body: Blob): Promise<unknown> {
  const res = await fetch('/storage/upload', {
    method: 'POST',
    headers: { 'content-type': body.type || 'image/jpeg', 'x-openid': getDevOpenid() ?? '' },
    body,
  });
  return res.json();
}

/**
 * A file a function stored for the caller (an exported 台账): the local cloud serves its temp URL
 * only to that person, so the request carries who they are. Same origin: the path and query only.
 */
export async function downloadFromLocalCloud(url: string): Promise<Blob | null> {
  const { pathname, search } = new URL(url, window.location.href);
  const res = await fetch(pathname + search, { headers: { 'x-openid': getDevOpenid() ?? '' } });
  return res.ok ? res.blob() : null;
}
