/**
 * 我的志愿时长 (issue 14): the total — never spent, never lost — and each entry, newest first:
 * which activity (or 微心愿), how long, when. The total is the hours account; the list its entries.
 */
import { useCallback, useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { HourEntryView } from '../../../../types/activities';
import { formatHours } from '../../../../domain/hours/credit';
import { useTextSize } from '@/features/elder-mode';
import { when } from '@/features/orders/labels';
import { usePagedList } from '@/features/list/use-paged-list';
import { fetchMyHours } from '@/services/activities';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';
import '../list/index.scss';

export default function MyHoursPage() {
  const text = useTextSize();
  const [total, setTotal] = useState<{ minutes: number; count: number } | null>(null);
  const list = usePagedList<HourEntryView>(
    useCallback(async (cursor?: string) => {
      const res = await fetchMyHours(cursor);
      if (res.ok && !cursor) setTotal({ minutes: res.data.totalMinutes, count: res.data.entryCount });
      return res;
    }, []),
  );
  return (
    <View className={`page ${text.className}`}>
      <View className="card hours-total">
        <Text className="muted">累计志愿服务时长</Text>
        <Text className="hours-total__figure">{total ? formatHours(total.minutes) : '…'}</Text>
        {total && (
          <Text className="muted">
            共 {total.count} 次 · {total.minutes} 分钟。时长只增不减，兑换积分不影响时长。
          </Text>
        )}
      </View>
      <PagedListView
        list={list}
        empty="还没有志愿服务时长。参加活动签到、签退后会记在这里。"
        render={(e) => (
          <View className="hours-row">
            <View className="hours-row__main">
              <Text className="hours-row__reason">{e.reason}</Text>
              <Text className="muted">
                {e.sourceLabel} · {when(e.at)}
              </Text>
            </View>
            <Text className="hours-row__minutes">+{formatHours(e.minutes)}</Text>
          </View>
        )}
      />
    </View>
  );
}
