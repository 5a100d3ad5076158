/**
 * 活动详情 (issue 14): what, when, where, places left and the 召集令; 报名 / 取消报名 until the
 * deadline; at the activity, 扫码签到 and 扫码签退 (weapp scans the host's QR code; on H5, or when the
 * camera will not read it, the code under the QR is typed). The host gets a link to the host page
 * (QR code, roll, 一键发放积分). Windows are domain/activities/rules.ts; the function still decides.
 */
import { useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { normalizeSignInCode } from '../../../../types/meetings';
import type { ActivityDetail } from '../../../../types/activities';
import type { AppError } from '../../../../types/envelope';
import { checkInAllows, checkOutAllows, signUpAllows } from '../../../../domain/activities/rules';
import { formatHours } from '../../../../domain/hours/credit';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { when } from '@/features/orders/labels';
import { IS_WEAPP } from '@/features/platform';
import { ACTIVITY_PAGES } from '@/features/activities/routes';
import { checkIn, checkOut, signUp, withdraw } from '@/services/activities';
import { useActivity } from '@/features/activities/use-activity';
import { ErrorView, LoadingView } from '@/components/StatusView';
import '@/components/forms.scss';
import '../list/index.scss';

const timed = (d: ActivityDetail) => ({
  startAt: new Date(d.activity.startAt),
  endAt: new Date(d.activity.endAt),
  signUpBy: new Date(d.activity.signUpBy),
  status: d.activity.status,
});

export default function ActivityDetailPage() {
  const id = useRouter().params.id ?? '';
  const text = useTextSize();
  const { detail, error, reload: load, setDetail } = useActivity(id);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState('');
  usePullDownRefresh(() => void load().then(() => Taro.stopPullDownRefresh()));

  if (!detail) return error ? <ErrorView error={error} onRetry={() => void load()} /> : <LoadingView />;
  const a = detail.activity;
  const mine = detail.mine?.status === 'signed' ? detail.mine : undefined;
  const now = new Date();
  const canSign = !signUpAllows(timed(detail), now);
  const canIn = mine && !mine.checkInAt && !checkInAllows(timed(detail), now);
  const canOut = mine?.checkInAt && !mine.checkOutAt && !checkOutAllows(timed(detail), now);

  const act = async (
    run: () => Promise<{ ok: true; data: ActivityDetail } | { ok: false; error: AppError }>,
    done: string,
  ) => {
    if (busy) return;
    setBusy(true);
    const res = await run();
    setBusy(false);
    if (!res.ok) return void Taro.showToast({ title: errorText(res.error), icon: 'none', duration: 2500 });
    setDetail(res.data);
    setCode('');
    void Taro.showToast({ title: done, icon: 'none' });
  };
  const withCode = async (which: 'in' | 'out') => {
    let read = normalizeSignInCode(code);
    if (IS_WEAPP && !read) {
      try {
        read = normalizeSignInCode((await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result ?? '');
      } catch {
        return; // the scan was cancelled
      }
    }
    if (read.length !== 6) return void Taro.showToast({ title: '签到码是 6 位字母或数字', icon: 'none' });
    await act(
      () => (which === 'in' ? checkIn(a._id, read) : checkOut(a._id, read)),
      which === 'in' ? '签到成功' : '签退成功',
    );
  };

  return (
    <View className={`page ${text.className}`}>
      <View className="card activity-card">
        <Text className="activity-card__tag">
          {a.kindLabel} · {a.categoryLabel}
        </Text>
        <Text className="activity-card__title">{a.title}</Text>
        <Text>
          时间：{when(a.startAt)} 至 {when(a.endAt)}
        </Text>
        <Text>地点：{a.place}</Text>
        <Text className="activity-places">
          名额：{a.capacity} 人，已报名 {a.signedUp} 人，{a.placesLeft > 0 ? `剩 ${a.placesLeft} 个` : '已满'}
        </Text>
        <Text className="muted">报名截止：{when(a.signUpBy)}</Text>
        {a.points > 0 && <Text>参加可得 {a.points} 积分，并记志愿服务时长</Text>}
        {a.callUp && (
          <Text className="activity-card__call">
            召集令：需要 {a.callUp.count} 名{a.callUp.skillLabels.join('、')}志愿者
          </Text>
        )}
        {a.description && <Text>{a.description}</Text>}
        <Text className="muted">发布：{a.hostName}</Text>
      </View>

      {mine && (
        <View className="card activity-mine">
          <Text className="activity-mine__state">
            {mine.checkOutAt ? '✓ 已签退' : mine.checkInAt ? '✓ 已签到' : '✓ 已报名'}
          </Text>
          {mine.checkInAt && <Text className="muted">签到：{when(mine.checkInAt)}</Text>}
          {mine.checkOutAt && <Text className="muted">签退：{when(mine.checkOutAt)}</Text>}
          {mine.minutes !== undefined && (
            <Text className="activity-mine__hours">
              志愿时长：{formatHours(mine.minutes)}（{mine.minutes} 分钟）
            </Text>
          )}
          {mine.points !== undefined && mine.points > 0 && <Text>已得 {mine.points} 积分</Text>}
        </View>
      )}
      {detail.mine?.absent && <Text className="muted">您报名了但没有签到，记为缺席。</Text>}

      <View className="activity-buttons">
        {!mine && canSign && (
          <Button
            className="full-button activity-signup"
            type="primary"
            size="large"
            block
            loading={busy}
            onClick={() => void act(() => signUp(a._id), '报名成功')}
          >
            {a.placesLeft > 0 ? '我要报名' : '名额已满'}
          </Button>
        )}
        {(canIn || canOut) && (
          <View className="activity-code">
            <Input
              className="form-input activity-code-input"
              value={code}
              placeholder={IS_WEAPP ? '扫不了？输入主持人屏幕上的 6 位码' : '输入主持人屏幕上的 6 位签到码'}
              maxLength={10}
              onChange={(v) => setCode(v.toUpperCase())}
            />
            <Button
              className="full-button activity-check"
              type="primary"
              size="large"
              block
              loading={busy}
              onClick={() => void withCode(canIn ? 'in' : 'out')}
            >
              {IS_WEAPP && !code ? (canIn ? '扫码签到' : '扫码签退') : canIn ? '签到' : '签退'}
            </Button>
          </View>
        )}
        {mine && !mine.checkInAt && canSign && (
          <Button
            className="full-button activity-withdraw"
            size="large"
            block
            loading={busy}
            onClick={() => void act(() => withdraw(a._id), '已取消报名')}
          >
            取消报名
          </Button>
        )}
        {detail.canHost && (
          <Button
            className="full-button activity-host"
            size="large"
            block
            onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.host(a._id) })}
          >
            主持：签到码、点名、发放积分
          </Button>
        )}
      </View>
    </View>
  );
}
