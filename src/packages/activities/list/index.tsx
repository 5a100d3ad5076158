/**
 * 活动清单 / 服务清单 (issue 14): the community's activities and services by kind and category,
 * upcoming first (or past ones), each with its time, place and places left. Staff see 发布活动;
 * everyone sees 我的报名 (what they signed up for, with 我的状态) and 我的时长 (volunteer hours).
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_CATEGORY_TABLE,
  ACTIVITY_KINDS,
  ACTIVITY_KIND_LABELS,
  type ActivityCategory,
  type ActivityKind,
  type ActivityView,
} from '../../../../types/activities';
import { publishGridOf } from '../../../../domain/activities/rules';
import { viewerOf } from '@/features/viewer';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { useResource } from '@/features/resource';
import { session } from '@/features/session';
import { when } from '@/features/orders/labels';
import { ACTIVITY_PAGES } from '@/features/activities/routes';
import { listActivities } from '@/services/activities';
import { PagedListView } from '@/components/PagedListView';
import { RemindRow } from '@/components/RemindRow';
import { ACTIVITY_CALL_CONSENT } from '@/features/notices/work-consent';
import { hasRole } from '../../../../domain/actor';
import '@/components/forms.scss';
import './index.scss';

export function ActivityCard({ a }: { a: ActivityView }) {
  return (
    <View className="card activity-card" onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.detail(a._id) })}>
      <View className="activity-card__head">
        <Text className="activity-card__tag">
          {a.kindLabel} · {a.categoryLabel}
        </Text>
        <Text className="activity-card__left">
          {a.status === 'closed' ? '已结束' : a.placesLeft > 0 ? `剩 ${a.placesLeft} 个名额` : '名额已满'}
        </Text>
      </View>
      <Text className="activity-card__title">{a.title}</Text>
      <Text className="muted">
        {when(a.startAt)} · {a.place}
      </Text>
      {a.callUp && (
        <Text className="activity-card__call">
          召集令：需要 {a.callUp.count} 名{a.callUp.skillLabels.join('、')}志愿者
        </Text>
      )}
      {a.points > 0 && <Text className="muted">参加可得 {a.points} 积分，计志愿服务时长</Text>}
    </View>
  );
}

export default function ActivitiesPage() {
  const text = useTextSize();
  const me = useResource(session);
  const [whenTab, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [kind, setKind] = useState<ActivityKind | undefined>();
  const [category, setCategory] = useState<ActivityCategory | undefined>();
  const list = usePagedList(
    useCallback(
      (cursor?: string) => listActivities({ when: whenTab, kind, category }, cursor),
      [whenTab, kind, category],
    ),
  );
  const viewer = me.data ? viewerOf(me.data) : null;
  const staff = viewer !== null && publishGridOf(viewer).ok === true;
  const member = viewer !== null && hasRole(viewer, 'party_member');
  return (
    <View className={`page ${text.className}`}>
      <View className="activity-actions">
        {staff && (
          <Button
            className="activity-publish"
            type="primary"
            onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.publish })}
          >
            发布活动
          </Button>
        )}
        <Button className="activity-mine-link" onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.mine })}>
          我的报名
        </Button>
        <Button className="activity-hours-link" onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.hours })}>
          我的志愿时长
        </Button>
      </View>
      {member && <RemindRow title="召集令提醒我" kinds={ACTIVITY_CALL_CONSENT} />}
      <View className="chip-row" role="tablist">
        {(['upcoming', 'past'] as const).map((w) => (
          <Text key={w} className={whenTab === w ? 'chip chip--on' : 'chip'} onClick={() => setWhen(w)}>
            {w === 'upcoming' ? '近期' : '已结束'}
          </Text>
        ))}
        <Text className={!kind ? 'chip chip--on' : 'chip'} onClick={() => setKind(undefined)}>
          全部
        </Text>
        {ACTIVITY_KINDS.map((k) => (
          <Text key={k} className={kind === k ? 'chip chip--on' : 'chip'} onClick={() => setKind(k)}>
            {ACTIVITY_KIND_LABELS[k]}清单
          </Text>
        ))}
      </View>
      <View className="chip-row">
        {ACTIVITY_CATEGORIES.map((c) => (
          <Text
            key={c}
            className={category === c ? 'chip chip--on' : 'chip'}
            onClick={() => setCategory(category === c ? undefined : c)}
          >
            {ACTIVITY_CATEGORY_TABLE[c].label}
          </Text>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={whenTab === 'upcoming' ? '近期还没有活动。社区发布后会显示在这里。' : '还没有已结束的活动。'}
        render={(a) => <ActivityCard a={a} />}
      />
    </View>
  );
}
