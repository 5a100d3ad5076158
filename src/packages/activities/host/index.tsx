/**
 * The host's page (issue 14): the check-in QR code, which changes every minute (fetched again when
 * it is due; drawn with views, components/points/QrCode — the same on weapp and H5, no canvas), the
 * roll (点名: tick who is here), 一键发放积分 after the end (pressing twice credits once), and
 * 再次召集 for a 召集令.
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { RosterRow } from '../../../../types/activities';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { when } from '@/features/orders/labels';
import { usePagedList } from '@/features/list/use-paged-list';
import { awardActivity, callUpAgain, fetchActivityCode, fetchRoster, rollCall } from '@/services/activities';
import { useActivity } from '@/features/activities/use-activity';
import { useRotatingCode } from '@/features/rotating-code';
import { PagedListView } from '@/components/PagedListView';
import { QrCode } from '@/components/points/QrCode';
import '@/components/forms.scss';
import '@/components/ChoiceList.scss';
import '../list/index.scss';

function CodePanel({ activityId }: { activityId: string }) {
  const { shown, problem } = useRotatingCode(() => fetchActivityCode(activityId), activityId);
  return (
    <View className="card sign-in-qr activity-qr">
      {shown ? (
        <>
          <QrCode text={shown.code} cell={9} />
          <Text className="sign-in-qr__code activity-qr__code">{shown.code}</Text>
          <Text className="muted">
            请参加的人扫码签到、签退。二维码每分钟更换，截图转发无效；扫不了的可输入上面的码。
          </Text>
        </>
      ) : (
        <Text className="muted">{problem || '正在生成签到码…'}</Text>
      )}
    </View>
  );
}

type Row = RosterRow & { _id: string };

export default function ActivityHostPage() {
  const id = useRouter().params.id ?? '';
  const text = useTextSize();
  const { detail, setDetail } = useActivity(id);
  const [busy, setBusy] = useState('');
  const roster = usePagedList(
    useCallback(
      async (cursor?: string) => {
        const res = await fetchRoster(id, cursor);
        return res.ok
          ? { ...res, data: { ...res.data, items: res.data.items.map((r) => ({ ...r, _id: r.userId })) } }
          : res;
      },
      [id],
    ),
  );

  const tick = async (r: Row) => {
    if (busy || r.checkInAt) return;
    setBusy(r.userId);
    const res = await rollCall(id, r.userId);
    setBusy('');
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none' });
    setDetail(res.data);
    await roster.refresh();
  };
  const award = async () => {
    setBusy('award');
    const res = await awardActivity(id);
    setBusy('');
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none', duration: 2500 });
    setDetail(res.data.detail);
    await roster.refresh();
    void Taro.showModal({
      title: '积分已发放',
      content:
        res.data.awarded > 0
          ? `${res.data.awarded} 人各得 ${res.data.pointsEach} 积分，志愿时长已记入。${res.data.absent ? `缺席 ${res.data.absent} 人。` : ''}`
          : '这次活动的积分已经发放过，没有重复发放。',
      showCancel: false,
    });
  };
  const callAgain = async () => {
    setBusy('call');
    const res = await callUpAgain(id);
    setBusy('');
    void Taro.showToast({ title: res.ok ? `已发召集令 ${res.data.sent} 条` : errorText(res.error), icon: 'none' });
  };

  const a = detail?.activity;
  const ended = a ? new Date() >= new Date(a.endAt) : false;
  return (
    <View className={`page ${text.className}`}>
      {a && (
        <View className="card activity-card">
          <Text className="activity-card__title">{a.title}</Text>
          <Text className="muted">
            {when(a.startAt)} 至 {when(a.endAt)} · 报名 {a.signedUp} 人 · 已签到 {a.attendedCount} 人
          </Text>
        </View>
      )}
      {a?.status === 'open' && <CodePanel activityId={id} />}
      <Text className="section-title">名单与点名</Text>
      <PagedListView<Row>
        list={roster}
        empty="还没有人报名。"
        render={(r) => (
          <View
            className={r.checkInAt ? 'choice choice--on roll-row' : 'choice roll-row'}
            role="checkbox"
            aria-checked={Boolean(r.checkInAt)}
            onClick={() => void tick(r)}
          >
            <Text className="choice__label">
              {r.checkInAt ? '✓ ' : ''}
              {r.name || '（未填姓名）'}
            </Text>
            <Text className="choice__hint">
              {busy === r.userId
                ? '正在签到…'
                : r.checkOutAt
                  ? `已签退 ${r.minutes ?? 0} 分钟${r.points ? ` · +${r.points} 积分` : ''}`
                  : r.checkInAt
                    ? `${when(r.checkInAt)} 签到`
                    : r.absent
                      ? '缺席'
                      : a?.status === 'open'
                        ? '点一下记为到场'
                        : '未到'}
            </Text>
          </View>
        )}
      />
      <View className="activity-buttons">
        {a?.status === 'open' && (
          <Button
            className="full-button activity-award"
            type="primary"
            size="large"
            block
            disabled={!ended}
            loading={busy === 'award'}
            onClick={() => void award()}
          >
            {ended ? '一键发放积分' : '活动结束后可一键发放积分'}
          </Button>
        )}
        {a?.status === 'closed' && (
          <Text className="activity-closed">已结束，积分和时长已发放（{a.attendedCount} 人参加）</Text>
        )}
        {a?.callUp && a.status === 'open' && (
          <Button className="full-button" size="large" block loading={busy === 'call'} onClick={() => void callAgain()}>
            再次发送召集令
          </Button>
        )}
      </View>
    </View>
  );
}
