/**
 * 签到 sheets (issue 11 point 9). The attendee types the code on the host's screen (H5, or a camera
 * that will not focus; on weapp the page's 扫码签到 scans it). The host shows the code as a QR code
 * that changes every minute (fetched again when it is due), and ticks the roll (点名) building by
 * building. Each stays open on a failure so a retry keeps what was typed.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import {
  normalizeSignInCode,
  SIGN_IN_CODE_LENGTH,
  type MeetingDetail,
  type RollPerson,
  type WithDetail,
} from '../../../../types/meetings';
import { errorText } from '@/features/errors';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useRotatingCode } from '@/features/rotating-code';
import { attendMeeting, fetchSignInCode, listRollPeople, rollCall } from '@/services/meetings';
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
  const { shown, problem } = useRotatingCode(() => fetchSignInCode(props.meetingId), props.meetingId);
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

/**
 * 点名: pick a building of the meeting's scope, then tick the people present, one tap each; those
 * signed in are marked. The list is the function's (rollPeople), so a grid worker sees their grid only.
 */
export function RollSheet(props: Props & { detail: MeetingDetail }) {
  const tree = useResource(orgTree);
  const m = props.detail.meeting;
  const buildings = (tree.data?.grids ?? [])
    .filter((g) => !m.gridId || g._id === m.gridId)
    .flatMap((g) => g.buildings.map((b) => ({ value: b._id, label: b.name })));
  const [buildingId, setBuildingId] = useState('');
  const [people, setPeople] = useState<RollPerson[] | null>(null);
  const [busyId, setBusyId] = useState('');
  const [problem, setProblem] = useState('');
  const [count, setCount] = useState(props.detail.attendeeCount);
  const choose = async (id: string) => {
    setBuildingId(id);
    setPeople(null);
    setProblem('');
    const res = await listRollPeople(m._id, id);
    if (!res.ok) return setProblem(errorText(res.error));
    setPeople(res.data.items);
  };
  const tick = async (p: RollPerson) => {
    if (busyId || p.signedIn) return;
    setBusyId(p.userId);
    setProblem('');
    const res: Attended = await rollCall(m._id, p.userId);
    setBusyId('');
    if (!res.ok) return setProblem(errorText(res.error));
    setPeople((list) => list?.map((x) => (x.userId === p.userId ? { ...x, signedIn: true } : x)) ?? null);
    if (res.data.detail) setCount(res.data.detail.attendeeCount);
    props.onDone(res.data.detail, res.data.points);
  };
  return (
    <SheetDialog
      visible
      title={`点名（已签到 ${count} 人）`}
      confirmText="完成"
      error={problem}
      onCancel={props.onClose}
      onConfirm={props.onClose}
    >
      <View className="sheet-scroll roll-list">
        <View className="chip-row">
          {buildings.map((b) => (
            <View
              key={b.value}
              className={buildingId === b.value ? 'chip chip--on roll-building' : 'chip roll-building'}
              onClick={() => void choose(b.value)}
            >
              {b.label}
            </View>
          ))}
        </View>
        {!buildingId && <Text className="muted">先选楼栋，再点到场的人。</Text>}
        {buildingId && people === null && !problem && <Text className="muted">正在加载…</Text>}
        {people?.length === 0 && <Text className="muted">这栋楼还没有登记的居民。</Text>}
        {people?.map((p) => (
          <View
            key={p.userId}
            className={p.signedIn ? 'choice choice--on roll-row' : 'choice roll-row'}
            role="checkbox"
            aria-checked={p.signedIn}
            onClick={() => void tick(p)}
          >
            <Text className="choice__label">
              {p.signedIn ? '✓ ' : ''}
              {p.name || '（未填姓名）'}
              {p.room ? `（${p.room}室）` : ''}
            </Text>
            <Text className="choice__hint">
              {busyId === p.userId ? '正在签到…' : p.signedIn ? '已签到' : '点一下签到'}
            </Text>
          </View>
        ))}
      </View>
    </SheetDialog>
  );
}
