/**
 * 台账导出: typed calls of the `ledgers` function, and opening the file it made.
 *
 * weapp: Taro.downloadFile of the temp URL, then Taro.openDocument with showMenu, so the admin can
 *        forward the workbook to the 街道's chat or save it (WeChat's own document viewer).
 * H5:    the file is fetched from the local cloud as the signed-in person (it serves it to them
 *        only) and handed to the browser as a download under its Chinese name.
 */
import Taro from '@tarojs/taro';
import type { Envelope } from '../../types/envelope';
import type { LedgerCommunity, LedgerFile, LedgerKind } from '../../types/ledgers';
import { callCloud } from './cloud';
import { downloadFromLocalCloud } from './local-cloud';

export interface LedgerInput {
  period: string;
  communityId: string;
  gridId?: string;
}

/** The communities the caller may export (their own first), with their grids. */
export const ledgerCommunities = (): Promise<Envelope<{ communities: LedgerCommunity[] }>> =>
  callCloud('ledgers', { action: 'scope' });

export const exportLedger = (kind: LedgerKind, input: LedgerInput): Promise<Envelope<LedgerFile>> =>
  callCloud('ledgers', {
    action: kind,
    period: input.period,
    communityId: input.communityId,
    ...(input.gridId ? { gridId: input.gridId } : {}),
  });

export const exportMinutes = (meetingId: string): Promise<Envelope<LedgerFile>> =>
  callCloud('ledgers', { action: 'minutes', meetingId });

const OPEN_FAILED: Envelope<never> = { ok: false, error: { code: 'INTERNAL', message: '文件打开失败，请重新导出' } };

async function openWeapp(file: LedgerFile): Promise<Envelope<true>> {
  const downloaded = await Taro.downloadFile({ url: file.url });
  if (downloaded.statusCode !== 200) return OPEN_FAILED;
  await Taro.openDocument({
    filePath: downloaded.tempFilePath,
    fileType: file.name.endsWith('.docx') ? 'docx' : 'xlsx',
    showMenu: true,
  });
  return { ok: true, data: true };
}

async function downloadH5(file: LedgerFile): Promise<Envelope<true>> {
  const blob = await downloadFromLocalCloud(file.url);
  if (!blob) return OPEN_FAILED;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = file.name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return { ok: true, data: true };
}

/** Opens (weapp) or downloads (H5) an exported file; a failure is an envelope a page can show. */
export async function openLedgerFile(file: LedgerFile): Promise<Envelope<true>> {
  try {
    return process.env.TARO_ENV === 'weapp' ? await openWeapp(file) : await downloadH5(file);
  } catch {
    return OPEN_FAILED;
  }
}
