/**
 * The mini-program's stand-in for local-cloud.ts: WeChat itself says who the caller is, so there
 * is no local cloud to reach and no identity to claim. Never called (callCloud and uploadPhoto take
 * the wx.cloud path on weapp); it exists so the weapp build holds no dev sign-in code at all.
 */
const NOT_HERE = 'the local cloud is for the H5 build only';

export function callLocalCloud(_name: string, _data: object): Promise<unknown> {
  return Promise.reject(new Error(NOT_HERE));
}

export function uploadToLocalCloud(_body: Blob): Promise<unknown> {
  return Promise.reject(new Error(NOT_HERE));
}

export function downloadFromLocalCloud(_url: string): Promise<Blob | null> {
  return Promise.reject(new Error(NOT_HERE));
}
