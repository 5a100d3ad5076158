/**
 * Where an export's file goes and who may fetch it (the 台账 exports, and the 反馈卡 of function party). Every file lives in the exporter's own folder,
 * `ledgers/<userId>/<random>.<ext>`, under a random name; its link lasts LEDGER_LINK_SECONDS and is
 * handed only to that person (here, and again through `link`). The local cloud serves it only to
 * them as well (localcloud/cloud-files.ts).
 */
import { randomBytes } from 'node:crypto';
import { LEDGER_LINK_SECONDS, type LedgerFile } from '../../types/ledgers';
import { loadActor } from './actor';
import { tempFileUrl, uploadFile } from './cloud';
import { refusal } from './failure';

const FOLDER = 'ledgers';

export async function storeLedger(
  userId: string,
  bytes: Buffer,
  ext: 'xlsx' | 'docx',
  name: string,
  rows: number,
): Promise<LedgerFile> {
  const fileId = await uploadFile(`${FOLDER}/${userId}/${randomBytes(16).toString('hex')}.${ext}`, bytes);
  return { fileId, url: await tempFileUrl(fileId, LEDGER_LINK_SECONDS), name, rows };
}

/** The folder owner of one of our ledger file ids (the schema has checked its shape). */
export function ownerOfLedgerFile(fileId: string): string | undefined {
  const match = /\/ledgers\/([\w-]+)\/[\w.-]+$/.exec(fileId);
  return match?.[1];
}

/** A fresh link for a file the caller exported; LEDGER_FILE_NOT_YOURS for anyone else's. */
export async function relink(fileId: string): Promise<{ fileId: string; url: string }> {
  const actor = await loadActor();
  if (ownerOfLedgerFile(fileId) !== actor.userId) throw refusal('LEDGER_FILE_NOT_YOURS');
  const url = await tempFileUrl(fileId, LEDGER_LINK_SECONDS);
  if (!url) throw refusal('LEDGER_FILE_NOT_YOURS');
  return { fileId, url };
}

/** 三单台账-阳光社区-网格一-2026年11月.xlsx (no characters a file system refuses). */
export function fileNameOf(parts: string[], ext: 'xlsx' | 'docx'): string {
  return `${parts.map((p) => p.replace(/[\\/:*?"<>|\s]+/g, '')).join('-')}.${ext}`;
}
