/**
 * One meeting for its page: fetched once with topics, decisions and sign-ins; after an action, the
 * action's answer carries the whole meeting (types WithDetail), so nothing is fetched again. The
 * change is announced with that meeting, so the lists below (议事厅, 议事管理) update in place
 * without fetching either.
 */
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../types/envelope';
import type { MeetingDetail, TopicView } from '../../../types/meetings';
import { getMeeting } from '@/services/meetings';

const MEETINGS_CHANGED = 'llt.meetings.changed';

/** A meeting changed on its page: the meeting as it now is, and a topic just proposed to it. */
export interface MeetingChange {
  detail: MeetingDetail;
  proposed?: TopicView;
}

export const announceMeetings = (change: MeetingChange) => Taro.eventCenter.trigger(MEETINGS_CHANGED, change);

/** Calls `onChange` whenever a meeting changed on its page. */
export function useMeetingsChanged(onChange: (change: MeetingChange) => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const listener = (change: MeetingChange) => latest.current(change);
    Taro.eventCenter.on(MEETINGS_CHANGED, listener);
    return () => {
      Taro.eventCenter.off(MEETINGS_CHANGED, listener);
    };
  }, []);
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
        return res.ok ? res.data : undefined;
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

  /** After an action here: show the meeting its answer carries, and tell the lists. */
  const changed = useCallback(
    async (after?: MeetingDetail, proposed?: TopicView) => {
      let shown = after;
      if (after) {
        setError(undefined);
        setDetail(after);
      } else {
        setLoading(true);
        shown = await fetchDetail(); // only if the answer could not carry it (types WithDetail)
      }
      if (shown) announceMeetings({ detail: shown, proposed });
    },
    [fetchDetail],
  );

  return { detail, error, loading, reload, changed };
}
