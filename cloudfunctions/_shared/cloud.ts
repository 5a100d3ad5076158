/**
 * The single place where a function touches wx-server-sdk. Everything else asks for `db()` and
 * `callerOpenid()`. Identity comes from the cloud context and nothing else (DESIGN.md, fixed).
 */
import cloud from 'wx-server-sdk';

let initialised = false;

function ensureInit(): void {
  if (initialised) return;
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  initialised = true;
}

export function db(): ReturnType<typeof cloud.database> {
  ensureInit();
  return cloud.database();
}

/** The caller's openid as WeChat (or the local cloud) vouches for it; '' when there is none. */
export function callerOpenid(): string {
  ensureInit();
  return cloud.getWXContext().OPENID ?? '';
}

/** The cloud environment the function runs in (its storage is the only one photos may come from). */
export function currentEnv(): string {
  ensureInit();
  return String((cloud.getWXContext() as { ENV?: unknown }).ENV ?? '');
}

/** WeChat's open APIs (content check, subscribe messages), called as the function's own app. */
export function openapi(): typeof cloud.openapi {
  ensureInit();
  return cloud.openapi;
}

/**
 * Stores bytes a function made (a 台账) in this environment's cloud storage and answers its file id.
 * Locally the local cloud answers the SDK's storage calls (localcloud/cloud-files.ts).
 */
export async function uploadFile(cloudPath: string, bytes: Buffer): Promise<string> {
  ensureInit();
  const res = (await cloud.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string };
  return res.fileID;
}

/** A download link for a stored file, valid `maxAgeSeconds`; '' when the file is not there. */
export async function tempFileUrl(fileId: string, maxAgeSeconds: number): Promise<string> {
  ensureInit();
  const res = (await cloud.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: maxAgeSeconds }] })) as {
    fileList: { status: number; tempFileURL: string }[];
  };
  const [file] = res.fileList;
  return file && file.status === 0 ? file.tempFileURL : '';
}
