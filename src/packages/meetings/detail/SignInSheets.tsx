/**
 * 签到 sheets (issue 11 point 9). The attendee types the code on the host's screen (H5, or a camera
 * that will not focus; on weapp the page's 扫码签到 scans it). The host shows the code as a QR code
 * that changes every minute (fetched again when it is due), and ticks the roll (点名) from the
 * community's people. Each stays open on a failure so a retry keeps what was typed.
 */
import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import {
  normalizeSignInCode,
  SIGN_IN_CODE_LENGTH,
  type MeetingDetail,
  type SignInCodeView,
  type WithDetail,
} from '../../../../types/meetings';
import type { Member } from '../../../../types/user';
import { errorText } from '@/features/errors';
import { loadAllMembers } from '@/features/members';
import { searchMembers } from '@/features/points/member-search';
import { attendMeeting, fetchSignInCode, rollCall } from '@/services/meetings';
import { SheetDialog } from '@/components/SheetDialog';
import { Field } from '@/components/Field';
import { QrCode } from '@/components/points/QrCode';
import '../../../components/ChoiceList.scss';

type Attended = Envelope<WithDetail<{ points: number }>>;

interface Props {
  meetingId: string;
  onClose(): void;
  /** After a sign-in: the meeting as the answer carries it, and the points it earned. */
  onDone(after: MeetingDetail | undefined, points: number): void;
}

/** 输入签到码: the 6 characters under the host's QR code. */
export function CodeEntrySheet(props: Props) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const code = normalizeSignInCode(typed);
    if (code.length !== SIGN_IN_CODE_LENGTH) return setProblem(`签到码是 ${SIGN_IN_CODE_LENGTH} 位字母或数字`);
    if (busy) return;
    setBusy(true);
    const res: Attended = await attendMeeting(props.meetingId, code);
    setBusy(false);
    if (!res.ok) return setProblem(errorText(res.error));
    props.onDone(res.data.detail, res.data.points);
  };
  return (
    <SheetDialog
      visible
      title="输入签到码"
      confirmText="签到"
      busy={busy}
      error={problem}
      onCancel={props.onClose}
      onConfirm={() => void submit()}
    >
      <Field label="主持人屏幕上二维码下方的 6 位签到码">
        <Input
          className="form-input sign-in-code-input"
          value={typed}
          placeholder="例如 K7M3QX"
          maxLength={10}
          onChange={(v) => {
            setTyped(v.toUpperCase());
            setProblem('');
          }}
          onConfirm={() => void submit()}
        />
      </Field>
    </SheetDialog>
  );
}

/** 签到二维码: the host's screen. The code changes every minute; the sheet fetches each new one. */
export function ShowCodeSheet(props: { meetingId: string; onClose(): void }) {
  const [shown, setShown] = useState<SignInCodeView | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const load = async () => {
      const res = await fetchSignInCode(props.meetingId);
      if (!live) return;
      if (!res.ok) {
        setProblem(errorText(res.error));
        timer = setTimeout(() => void load(), 10_000); // try again: a dropped connection at a meeting
        return;
      }
      setProblem('');
      setShown(res.data);
      timer = setTimeout(() => void load(), Math.max(1_000, Date.parse(res.data.refreshAt) - Date.now() + 500));
    };
    void load();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [props.meetingId]);
  return (
    <SheetDialog
      visible
      title="请参会居民扫码签到"
      confirmText="完成"
      onCancel={props.onClose}
      onConfirm={props.onClose}
    >
      <View className="sign-in-qr">
        {shown ? (
          <>
            <QrCode text={shown.code} cell={9} />
            <Text className="sign-in-qr__code">{shown.code}</Text>
            <Text className="muted">二维码每分钟更换，截图转发无效。扫不了的可以输入上面的签到码。</Text>
          </>
        ) : (
          !problem && <Text className="muted">正在生成签到码…</Text>
        )}
        {problem && <Text className="sheet-dialog__error">{problem}</Text>}
      </View>
    </SheetDialog>
  );
}

/** 点名: tick the people present, one tap each; those signed in are marked. */
export function RollSheet(props: Props & { detail: MeetingDetail }) {
  const [members, setMembers] = useState<Member[] | null>(null);
  const [query, setQuery] = useState('');
  const [busyId, setBusyId] = useState('');
  const [problem, setProblem] = useState('');
  const [detail, setDetail] = useState(props.detail);
  useEffect(() => {
    void loadAllMembers().then((r) => {
      setMembers(r.members);
      if (r.error) setProblem(r.error);
    });
  }, []);
  const present = new Set(detail.attendees.map((a) => a.userId));
  const tick = async (userId: string) => {
    if (busyId || present.has(userId)) return;
    setBusyId(userId);
    setProblem('');
    const res: Attended = await rollCall(props.meetingId, userId);
    setBusyId('');
    if (!res.ok) return setProblem(errorText(res.error));
    if (res.data.detail) setDetail(res.data.detail);
    props.onDone(res.data.detail, res.data.points);
  };
  const found = members ? searchMembers(members, query).slice(0, 12) : [];
  return (
    <SheetDialog
      visible
      title={`点名（已签到 ${detail.attendeeCount} 人）`}
      confirmText="完成"
      error={problem}
      onCancel={props.onClose}
      onConfirm={props.onClose}
    >
      <View className="sheet-scroll roll-list">
        <Input
          className="form-input roll-search"
          value={query}
          placeholder="输入姓名查找"
          maxLength={20}
          onChange={setQuery}
        />
        {members === null && <Text className="muted">正在加载社区人员…</Text>}
        {found.map((m) => (
          <View
            key={m._id}
            className={present.has(m._id) ? 'choice choice--on roll-row' : 'choice roll-row'}
            role="checkbox"
            aria-checked={present.has(m._id)}
            onClick={() => void tick(m._id)}
          >
            <Text className="choice__label">
              {present.has(m._id) ? '✓ ' : ''}
              {m.name || '（未填姓名）'}
            </Text>
            <Text className="choice__hint">
              {busyId === m._id ? '正在签到…' : present.has(m._id) ? '已签到' : '点一下签到'}
            </Text>
          </View>
        ))}
      </View>
    </SheetDialog>
  );
}
