/** One activity's detail for a page: fetched on mount, again on demand, replaced by an action's answer. */
import { useCallback, useEffect, useState } from 'react';
import type { ActivityDetail } from '../../../types/activities';
import type { AppError } from '../../../types/envelope';
import { getActivity } from '@/services/activities';

export function useActivity(activityId: string) {
  const [detail, setDetail] = useState<ActivityDetail | null>(null);
  const [error, setError] = useState<AppError | undefined>();
  // State is set only once the answer is in, so the mount effect renders once per fetch.
  const reload = useCallback(
    () =>
      getActivity(activityId).then((res) => {
        setError(res.ok ? undefined : res.error);
        if (res.ok) setDetail(res.data);
      }),
    [activityId],
  );
  useEffect(() => {
    if (activityId) void reload();
  }, [reload, activityId]);
  return { detail, error, reload, setDetail };
}
