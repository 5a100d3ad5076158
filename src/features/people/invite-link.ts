/**
 * Where an invitation code arrives from, and the link that carries it. Pure (unit-tested).
 * A newcomer opens the join page by
 *   - a share card or the H5 link:      ?invite=CODE
 *   - a 小程序码 (wxacode.getUnlimited): ?scene=CODE (WeChat passes the scene URL-encoded)
 *   - a plain QR code of the link, with 扫普通链接二维码打开小程序 set up: ?q=<the encoded link>
 */
import { inviteCodeSchema, JOIN_PAGE } from '../../../types/user';

const valid = (code: string | undefined | null): string => {
  const parsed = inviteCodeSchema.safeParse((code ?? '').trim());
  return parsed.success ? parsed.data : '';
};

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The invitation code a page was opened with, or '' when none (or a malformed one). */
export function inviteFromParams(params: Record<string, string | undefined>): string {
  if (params.invite) return valid(decode(params.invite));
  if (params.scene) {
    const scene = decode(params.scene);
    const m = /(?:^|&)invite=([^&]*)/.exec(scene);
    return valid(m ? m[1] : scene);
  }
  if (params.q) {
    const m = /[?&]invite=([^&#]*)/.exec(decode(params.q));
    return valid(m?.[1]);
  }
  return '';
}

/** The page path with the code (a share card's `path`). */
export const invitePagePath = (code: string): string => `/${JOIN_PAGE}?invite=${code}`;

/**
 * What the QR code encodes: on H5 the full link of this site; on weapp the same path under the
 * domain configured for 扫普通链接二维码打开小程序 (`origin`), which opens the join page with `q`.
 */
export const inviteLink = (origin: string, code: string): string =>
  `${origin.replace(/\/+$/, '')}${invitePagePath(code)}`;
