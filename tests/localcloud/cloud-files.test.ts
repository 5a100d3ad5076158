/**
 * The local stand-in for files functions store (cloud-files.ts): paths stay inside the bucket, an
 * upload URL works once, and a temp URL serves its owner only until it expires.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { CloudFiles, safeCloudPath } from '../../localcloud/cloud-files';

function fakeResponse() {
  const res = {
    status: 0,
    body: '',
    writeHead: (s: number) => ((res.status = s), res),
    end: (b?: string) => (res.body = b ?? ''),
  };
  return res;
}

describe('CloudFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'llt-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = new CloudFiles(dir, 'localcloud', 'secret');
  const origin = 'http://127.0.0.1:1';

  it('keeps paths inside the bucket', () => {
    expect(safeCloudPath('ledgers/u_1/a.xlsx')).toBe('ledgers/u_1/a.xlsx');
    for (const bad of ['../x/a.xlsx', 'ledgers/../../etc/passwd', 'a', '/abs/a.xlsx', 'a//b.xlsx', 'a/b c.xlsx', 42]) {
      expect(safeCloudPath(bad)).toBeUndefined();
    }
    expect(files.handle({ action: 'storage.getUploadMetadata', path: '../x/a.xlsx' }, origin)).toMatchObject({
      code: 'INVALID_PARAM',
    });
  });

  it('accepts an upload URL once, and serves the temp URL to its owner until it expires', () => {
    const meta = files.handle({ action: 'storage.getUploadMetadata', path: 'ledgers/u_1/a.xlsx' }, origin, 1000) as {
      data: { url: string; fileId: string };
    };
    const token = meta.data.url.split('/').pop() as string;
    expect(files.put(token, Buffer.from('PK'), 1000)).toBe(true);
    expect(files.put(token, Buffer.from('evil'), 1000)).toBe(false);

    const answer = files.handle(
      { action: 'storage.batchGetDownloadUrl', file_list: [{ fileid: meta.data.fileId, max_age: 60 }] },
      origin,
      1000,
    ) as { data: { download_list: { tempFileURL: string; code: string }[] } };
    const [link] = answer.data.download_list;
    expect(link.code).toBe('SUCCESS');
    const url = new URL(link.tempFileURL);
    const path = url.pathname.replace('/storage/files/', '');
    const serve = (who: string | undefined, now: number) => {
      const res = fakeResponse();
      files.serve(res as unknown as ServerResponse, path, url.searchParams, who, now);
      return res.status;
    };
    expect(serve('u_2', 2000)).toBe(403);
    expect(serve(undefined, 2000)).toBe(403);
    expect(serve('u_1', 1000 + 61_000)).toBe(403); // expired
  });
});
