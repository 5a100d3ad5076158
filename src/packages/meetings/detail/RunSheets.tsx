/**
 * The sheets of running a meeting: 记录 (notes on a topic), 决策 (what, who, by when) and 报告进展
 * (a note, and whether it is now done). Each stays open on a failure so a retry keeps what was typed.
 */
import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input, TextArea } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import type { DecisionView, MeetingDetail, TopicView, WithDetail } from '../../../../types/meetings';
import type { Member } from '../../../../types/user';
import { errorText } from '@/features/errors';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { loadAllMembers } from '@/features/members';
import { searchMembers } from '@/features/points/member-search';
import {
  dayAfter,
  decideFields,
  DECISION_ORDER_CHOICES,
  DUE_PRESETS,
  emptyDecide,
  hasErrors,
  orderPlaceChoices,
  textError,
  validateDecide,
  type DecideDraft,
} from '@/features/meetings/forms';
import { decide, recordNotes, reportProgress } from '@/services/meetings';
import { SheetDialog } from '@/components/SheetDialog';
import { ChoiceList } from '@/components/ChoiceList';
import { Field } from '@/components/Field';
import { MEETING_LIMITS } from '../../../../types/meetings';

/**
 * Runs one call for a sheet: busy while it runs, the error kept for the sheet, onDone on success
 * with the meeting as the action's answer carries it (so the page fetches nothing again).
 */
function useSend() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const send = async (call: () => Promise<Envelope<WithDetail<object>>>, onDone: (after?: MeetingDetail) => void) => {
    if (busy) return;
    setBusy(true);
    setFailure('');
    const res = await call();
    setBusy(false);
    if (!res.ok) return setFailure(errorText(res.error));
    onDone(res.data.detail);
  };
  return { busy, failure, send };
}

interface SheetProps {
  meetingId: string;
  onClose(): void;
  onDone(after?: MeetingDetail): void;
}

export function RecordSheet(props: SheetProps & { topic: TopicView }) {
  const [notes, setNotes] = useState(props.topic.notes ?? '');
  const [error, setError] = useState('');
  const { busy, failure, send } = useSend();
  const confirm = () => {
    const bad = textError(notes, MEETING_LIMITS.notes, '议事记录');
    setError(bad);
    if (!bad)
      void send(
        () => recordNotes(props.meetingId, props.topic._id, notes.trim()),
        (after) => {
          props.onDone(after);
          props.onClose();
        },
      );
  };
  return (
    <SheetDialog
      visible
      title={`记录：${props.topic.title}`}
      confirmText="保存记录"
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={confirm}
    >
      <Field label="大家怎么说、怎么商量的" error={error}>
        <TextArea
          className="form-textarea record-notes"
          value={notes}
          maxLength={MEETING_LIMITS.notes}
          rows={4}
          onChange={setNotes}
        />
      </Field>
    </SheetDialog>
  );
}

export function DecideSheet(props: SheetProps & { topic: TopicView; meetingGridId?: string }) {
  const tree = useResource(orgTree);
  const [draft, setDraft] = useState<DecideDraft>(() => emptyDecide(props.topic._id));
  const [errors, setErrors] = useState<Partial<Record<keyof DecideDraft, string>>>({});
  const [members, setMembers] = useState<Member[] | null>(null);
  const [query, setQuery] = useState('');
  const { busy, failure, send } = useSend();
  useEffect(() => {
    void loadAllMembers().then((r) => setMembers(r.members));
  }, []);
  const set = <K extends keyof DecideDraft>(k: K, v: DecideDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };
  const confirm = () => {
    const found = validateDecide(draft);
    setErrors(found);
    if (!hasErrors(found))
      void send(
        () => decide(decideFields(draft, props.meetingId)),
        (after) => {
          props.onDone(after);
          props.onClose();
        },
      );
  };
  const found = members ? searchMembers(members, query).slice(0, 8) : [];
  return (
    <SheetDialog
      visible
      title={`决策：${props.topic.title}`}
      confirmText="确定决策"
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={confirm}
    >
      <View className="sheet-scroll sheet-form decide-form">
        <Field label="决定怎么办" error={errors.decision}>
          <TextArea
            className="form-textarea decide-text"
            value={draft.decision}
            placeholder="例如：在3号楼东侧加装2盏路灯"
            maxLength={MEETING_LIMITS.decision}
            rows={2}
            onChange={(v) => set('decision', v)}
          />
        </Field>
        <Field label="责任人" error={errors.ownerId}>
          <Input
            className="form-input decide-owner-search"
            value={query}
            placeholder="输入姓名查找"
            maxLength={20}
            onChange={setQuery}
          />
          {members === null ? (
            <Text className="muted">正在加载社区人员…</Text>
          ) : (
            <ChoiceList
              choices={found.map((m) => ({
                value: m._id,
                label: m.name || '（未填姓名）',
                hint: m.room ? `${m.room}室` : '',
              }))}
              value={draft.ownerId}
              onChange={(v) => set('ownerId', v)}
            />
          )}
        </Field>
        <Field label="完成日期" error={errors.dueDate}>
          <View className="chip-row">
            {DUE_PRESETS.map((p) => (
              <View
                key={p.days}
                className={draft.dueDate === dayAfter(p.days) ? 'chip chip--on' : 'chip'}
                onClick={() => set('dueDate', dayAfter(p.days))}
              >
                {p.label}
              </View>
            ))}
          </View>
          <Input
            className="form-input decide-due"
            value={draft.dueDate}
            placeholder="2025-03-04"
            maxLength={10}
            onChange={(v) => set('dueDate', v)}
          />
        </Field>
        <Field label="同时生成工单（可选，责任人即接单人）">
          <View className="chip-row">
            {DECISION_ORDER_CHOICES.map((c) => (
              <View
                key={c.value}
                className={draft.orderCategory === c.value ? 'chip chip--on decide-order' : 'chip decide-order'}
                onClick={() => set('orderCategory', c.value)}
              >
                {c.label}
              </View>
            ))}
          </View>
        </Field>
        {draft.orderCategory && (
          <Field label="工单地点" error={errors.orderPlace}>
            <ChoiceList
              choices={orderPlaceChoices(tree.data, props.meetingGridId)}
              value={draft.orderPlace}
              onChange={(v) => set('orderPlace', v)}
            />
          </Field>
        )}
      </View>
    </SheetDialog>
  );
}

export function ProgressSheet(props: Omit<SheetProps, 'meetingId'> & { decision: DecisionView }) {
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  const { busy, failure, send } = useSend();
  const confirm = () => {
    const bad = textError(note, MEETING_LIMITS.progressNote, '进展');
    setError(bad);
    if (!bad)
      void send(
        () => reportProgress(props.decision._id, note.trim(), done),
        (after) => {
          props.onDone(after);
          props.onClose();
        },
      );
  };
  return (
    <SheetDialog
      visible
      title={`报告进展：${props.decision.topicTitle}`}
      confirmText="提交进展"
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={confirm}
    >
      <Field label="办到哪了" error={error}>
        <TextArea
          className="form-textarea progress-note"
          value={note}
          placeholder="例如：路灯已采购，本周安装"
          maxLength={MEETING_LIMITS.progressNote}
          rows={3}
          onChange={setNote}
        />
      </Field>
      <View className="chip-row" role="radiogroup">
        <View
          className={done ? 'chip' : 'chip chip--on'}
          role="radio"
          aria-checked={!done}
          onClick={() => setDone(false)}
        >
          还在办
        </View>
        <View
          className={done ? 'chip chip--on progress-done' : 'chip progress-done'}
          role="radio"
          aria-checked={done}
          onClick={() => setDone(true)}
        >
          已经办完
        </View>
      </View>
    </SheetDialog>
  );
}
