/**
 * 我的报名 (issue 14): every activity the person signed up for, in one place — 近期 (soonest end
 * first) or 已结束 (latest first), 20 at a time — each with 我的状态 in words (已报名, 已签到, 已签退,
 * 缺席) and the hours and points it brought. A tap opens the activity (签到, 签退, 取消报名 are there).
 * Reached from 活动清单 and from 我的.
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { MySignupView } from '../../../../types/activities';
import { formatHours } from '../../../../domain/hours/credit';
import { useTextSize } from '@/features/elder-mode';
import { when } from '@/features/orders/labels';
import { usePagedList } from '@/features/list/use-paged-list';
import { ACTIVITY_PAGES } from '@/features/activities/routes';
import { fetchMySignups } from '@/services/activities';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';
import '../list/index.scss';

const TABS = [
  ['upcoming', '近期'],
  ['past', '已结束'],
] as const;

function SignupCard({ row }: { row: MySignupView }) {
  const { activity: a, signup: s } = row;
  const earned = [s.minutes ? `志愿时长 ${formatHours(s.minutes)}` : '', s.points ? `积分 +${s.points}` : ''].filter(
    Boolean,
  );
  return (
    <View
      className="card activity-card my-signup"
      onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.detail(a._id) })}
    >
      <View className="activity-card__head">
        <Text className="activity-card__tag">
          {a.kindLabel} · {a.categoryLabel}
        </Text>
        <Text className={`my-signup__state my-signup__state--${row.state}`}>{row.stateLabel}</Text>
      </View>
      <Text className="activity-card__title">{a.title}</Text>
      <Text className="muted">
        {when(a.startAt)} · {a.place}
      </Text>
      {earned.length > 0 && <Text className="my-signup__earned">{earned.join('　')}</Text>}
    </View>
  );
}

export default function MySignupsPage() {
  const text = useTextSize();
  const [tab, setTab] = useState<'upcoming' | 'past'>('upcoming');
  const list = usePagedList(useCallback((cursor?: string) => fetchMySignups(tab, cursor), [tab]));
  return (
    <View className={`page ${text.className}`}>
      <View className="chip-row my-signup-tabs" role="tablist">
        {TABS.map(([value, label]) => (
          <Text key={value} className={tab === value ? 'chip chip--on' : 'chip'} onClick={() => setTab(value)}>
            {label}
          </Text>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={tab === 'upcoming' ? '近期没有报名的活动。在「活动清单」里点开活动即可报名。' : '还没有已结束的报名。'}
        render={(row) => <SignupCard row={row} />}
      />
    </View>
  );
}
