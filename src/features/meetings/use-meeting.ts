/**
 * One meeting for its page: fetched with topics, decisions and sign-ins, refetched after every
 * action (an action's answer carries one record, the page shows them all), and announced so the
 * lists (议事厅, 议事管理) fetch again when the person goes back.
 */
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../types/envelope';
import type { MeetingDetail } from '../../../types/meetings';
import { getMeeting } from '@/services/meetings';

export const MEETINGS_CHANGED = 'llt.meetings.changed';
export const announceMeetings = () => Taro.eventCenter.trigger(MEETINGS_CHANGED);

/** Calls `onChange` whenever a meeting, topic or decision changed on another page. */
export function useMeetingsChanged(onChange: () => void): void {
  useEffect(() => {
    Taro.eventCenter.on(MEETINGS_CHANGED, onChange);
    return () => {
      Taro.eventCenter.off(MEETINGS_CHANGED, onChange);
    };
  }, [onChange]);
}

export function useMeeting(meetingId: string) {
  const [detail, setDetail] = useState<MeetingDetail>();
  const [error, setError] = useState<AppError>();
  const [loading, setLoading] = useState(true);

  // State is set only once the answer is in, so the mount effect renders once per fetch.
  const fetchDetail = useCallback(
    () =>
      getMeeting(meetingId).then((res) => {
        setLoading(false);
        setError(res.ok ? undefined : res.error);
        if (res.ok) setDetail(res.data);
      }),
    [meetingId],
  );

  useEffect(() => {
    if (meetingId) void fetchDetail();
  }, [fetchDetail, meetingId]);

  /** A retry or pull-down: show the spinner while it runs. */
  const reload = useCallback(async () => {
    setLoading(true);
    await fetchDetail();
  }, [fetchDetail]);

  /** After an action here: fetch the whole meeting again and tell the lists. */
  const changed = useCallback(async () => {
    announceMeetings();
    await reload();
  }, [reload]);

  return { detail, error, loading, reload, changed };
}
