/**
 * The 签到 part of a meeting's page. An attendee scans the host's QR code (weapp) or types its code
 * (H5, or when the camera will not read it); before the window opens the page says when it does.
 * Whoever runs the meeting shows the rotating QR code and ticks the roll. What is open is
 * features/meetings/actions.ts (the function's own window rule); the function still decides.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { normalizeSignInCode, type MeetingDetail } from '../../../../types/meetings';
import type { MeetingAction } from '@/features/meetings/actions';
import { signInState } from '@/features/meetings/actions';
import { errorText } from '@/features/errors';
import { IS_WEAPP } from '@/features/platform';
import { attendMeeting } from '@/services/meetings';
import { CodeEntrySheet, RollSheet, ShowCodeSheet } from './SignInSheets';

interface Props {
  detail: MeetingDetail;
  actions: ReadonlySet<MeetingAction>;
  signedIn: boolean;
  onChanged(after?: MeetingDetail): void;
}

export function SignInPanel({ detail, actions, signedIn, onChanged }: Props) {
  const [sheet, setSheet] = useState<'code' | 'show' | 'roll' | null>(null);
  const [busy, setBusy] = useState(false);
  const m = detail.meeting;
  const closed = signInState(m, new Date());

  const done = (after: MeetingDetail | undefined, points: number) => {
    void Taro.showToast({ title: points > 0 ? `签到成功，+${points} 积分` : '签到成功', icon: 'none' });
    onChanged(after);
  };

  const scan = async () => {
    let read = '';
    try {
      read = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result ?? '';
    } catch {
      return; // the scan was cancelled
    }
    setBusy(true);
    const res = await attendMeeting(m._id, normalizeSignInCode(read));
    setBusy(false);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    done(res.data.detail, res.data.points);
  };

  return (
    <View className="meeting-sign-in">
      {actions.has('attend') && IS_WEAPP && (
        <Button
          className="full-button meeting-attend"
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={() => void scan()}
        >
          扫码签到
        </Button>
      )}
      {actions.has('attend') && (
        <Button
          className="full-button meeting-attend-code"
          type={IS_WEAPP ? 'default' : 'primary'}
          size="large"
          block
          onClick={() => setSheet('code')}
        >
          {IS_WEAPP ? '扫不了？输入签到码' : '输入签到码签到'}
        </Button>
      )}
      {!signedIn && closed?.reason === 'SIGN_IN_NOT_OPEN' && (
        <Text className="meeting-detail__sign-in-hint">{closed.message}</Text>
      )}
      {signedIn && <Text className="meeting-detail__signed">✓ 您已签到</Text>}
      {actions.has('showCode') && (
        <Button
          className="full-button meeting-show-code"
          type="primary"
          size="large"
          block
          onClick={() => setSheet('show')}
        >
          出示签到二维码
        </Button>
      )}
      {actions.has('roll') && (
        <Button className="full-button meeting-roll" size="large" block onClick={() => setSheet('roll')}>
          点名签到
        </Button>
      )}
      {sheet === 'code' && (
        <CodeEntrySheet
          meetingId={m._id}
          onClose={() => setSheet(null)}
          onDone={(after, points) => {
            setSheet(null);
            done(after, points);
          }}
        />
      )}
      {sheet === 'show' && <ShowCodeSheet meetingId={m._id} onClose={() => setSheet(null)} />}
      {sheet === 'roll' && (
        <RollSheet
          meetingId={m._id}
          detail={detail}
          onClose={() => setSheet(null)}
          onDone={(after) => onChanged(after)}
        />
      )}
    </View>
  );
}
