/**
 * 导出纪要 (Word) on the 会议纪要 page, for community admins only (domain/ledgers/access.ts, the
 * rule the `ledgers` function applies too): the meeting's 纪要 as a .docx, opened at once (weapp:
 * WeChat's viewer with 转发; H5: a download).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { mayExportLedgers } from '../../../domain/ledgers/access';
import { useResource } from '@/features/resource';
import { session } from '@/features/session';
import { viewerOf } from '@/features/viewer';
import { errorText } from '@/features/errors';
import { exportMinutes, openLedgerFile } from '@/services/ledgers';

export function ExportMinutesButton(props: { meetingId: string }) {
  const me = useResource(session);
  const [busy, setBusy] = useState(false);
  if (!me.data || !mayExportLedgers(viewerOf(me.data))) return null;

  const run = async () => {
    setBusy(true);
    const made = await exportMinutes(props.meetingId);
    const opened = made.ok ? await openLedgerFile(made.data) : made;
    setBusy(false);
    if (!opened.ok) void Taro.showToast({ title: errorText(opened.error), icon: 'none' });
  };
  return (
    <Button className="full-button minutes-export" size="large" block loading={busy} onClick={() => void run()}>
      {busy ? '正在生成…' : '导出纪要（Word）'}
    </Button>
  );
}
