/**
 * 审议议题: 采纳 — into a running meeting, or kept in the pool — or 不采纳 with a reason the
 * proposer reads on 我的议题.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import type { MeetingView, TopicView } from '../../../../types/meetings';
import { errorText } from '@/features/errors';
import { textError } from '@/features/meetings/forms';
import { reviewTopic } from '@/services/meetings';
import { SheetDialog } from '@/components/SheetDialog';
import { ChoiceList } from '@/components/ChoiceList';
import { Field } from '@/components/Field';
import { MEETING_LIMITS } from '../../../../types/meetings';

export interface ReviewSheetProps {
  topic: TopicView;
  accept: boolean;
  /** Meetings not yet finished, to accept the topic into. */
  meetings: MeetingView[];
  onClose(): void;
  onReviewed(topic: TopicView): void;
}

export function ReviewSheet(props: ReviewSheetProps) {
  const t = props.topic;
  const [meetingId, setMeetingId] = useState(t.meetingId ?? props.meetings[0]?._id ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  const send = async () => {
    if (busy) return;
    const bad = props.accept ? '' : textError(reason, MEETING_LIMITS.reviewReason, '不采纳的原因');
    setError(bad);
    if (bad) return;
    setBusy(true);
    setFailure('');
    const res = await reviewTopic(
      props.accept
        ? { topicId: t._id, accept: true, meetingId: meetingId || undefined }
        : { topicId: t._id, accept: false, reason: reason.trim() },
    );
    setBusy(false);
    if (!res.ok) return setFailure(errorText(res.error));
    props.onReviewed(res.data.topic);
    props.onClose();
  };

  const choices = [
    ...props.meetings.map((m) => ({ value: m._id, label: m.title, hint: m.stepLabel })),
    { value: '', label: '先放在议题库', hint: '以后再安排会议' },
  ];
  return (
    <SheetDialog
      visible
      title={props.accept ? `采纳「${t.title}」` : `不采纳「${t.title}」`}
      confirmText={props.accept ? '确认采纳' : '确认不采纳'}
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={() => void send()}
    >
      <View className="sheet-scroll sheet-form review-form">
        <Text className="sheet-dialog__text">
          {t.proposerName}：{t.content}
        </Text>
        {props.accept ? (
          <Field label="列入会议">
            <ChoiceList choices={choices} value={meetingId} onChange={setMeetingId} />
          </Field>
        ) : (
          <Field label="原因（提议人会看到）" error={error}>
            <TextArea
              className="form-textarea review-reason"
              value={reason}
              placeholder="例如：已列入街道改造计划"
              maxLength={MEETING_LIMITS.reviewReason}
              rows={2}
              onChange={setReason}
            />
          </Field>
        )}
      </View>
    </SheetDialog>
  );
}
