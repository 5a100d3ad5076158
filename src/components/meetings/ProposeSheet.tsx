/**
 * 提议题: a title, what it is about, and where it goes — the community's pool (社区议题库, reviewed
 * by the community) or a meeting still collecting topics. The sheet stays open on a failure.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import type { MeetingDetail, MeetingView, TopicView } from '../../../types/meetings';
import { errorText } from '@/features/errors';
import { hasErrors, validatePropose, type ProposeDraft } from '@/features/meetings/forms';
import { proposeTopic } from '@/services/meetings';
import { SheetDialog } from '../SheetDialog';
import { ChoiceList } from '../ChoiceList';
import { Field } from '../Field';
import { MEETING_LIMITS } from '../../../types/meetings';

export interface ProposeSheetProps {
  /** Meetings one may propose to now; the pool is always offered first. */
  meetings: MeetingView[];
  /** Preselected meeting ('' = the pool). */
  meetingId?: string;
  onClose(): void;
  /** `after`: the meeting it was proposed to, as the answer carries it. */
  onProposed(topic: TopicView, after?: MeetingDetail): void;
}

const POOL = '';

export function ProposeSheet(props: ProposeSheetProps) {
  const [draft, setDraft] = useState<ProposeDraft>({ title: '', content: '' });
  const [target, setTarget] = useState(props.meetingId ?? POOL);
  const [errors, setErrors] = useState<Partial<Record<keyof ProposeDraft, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const set = (k: keyof ProposeDraft, v: string) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  const send = async () => {
    if (busy) return;
    const found = validatePropose(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    setFailure('');
    const res = await proposeTopic({
      title: draft.title.trim(),
      content: draft.content.trim(),
      meetingId: target || undefined,
    });
    setBusy(false);
    if (!res.ok) return setFailure(errorText(res.error));
    props.onProposed(res.data.topic, res.data.detail);
    props.onClose();
  };

  const choices = [
    { value: POOL, label: '社区议题库', hint: '由社区安排到合适的会议' },
    ...props.meetings.map((m) => ({ value: m._id, label: m.title, hint: m.stepLabel })),
  ];

  return (
    <SheetDialog
      visible
      title="提一个议题"
      confirmText="提交议题"
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={() => void send()}
    >
      <View className="sheet-scroll sheet-form propose-form">
        <Field label="议题（一句话）" error={errors.title}>
          <Input
            className="form-input propose-title"
            value={draft.title}
            placeholder="例如：楼下路灯不亮"
            maxLength={MEETING_LIMITS.topicTitle}
            onChange={(v) => set('title', v)}
          />
        </Field>
        <Field label="具体说说" error={errors.content}>
          <TextArea
            className="form-textarea propose-content"
            value={draft.content}
            placeholder="在哪里、什么情况、希望怎么解决"
            maxLength={MEETING_LIMITS.topicContent}
            rows={3}
            onChange={(v) => set('content', v)}
          />
        </Field>
        {choices.length > 1 && (
          <Field label="提交到">
            <ChoiceList choices={choices} value={target} onChange={setTarget} />
          </Field>
        )}
      </View>
    </SheetDialog>
  );
}
