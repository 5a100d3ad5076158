/**
 * 发布活动 / 服务 (issue 14), for community admins and grid workers: what, when, where, how many,
 * the points it earns and, for a 召集令, the skill wanted and how many ("需要 3 名矛盾调解志愿者") —
 * sent at once to the registered members with that skill. Checked here first (features/activities/form.ts).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_CATEGORY_TABLE,
  ACTIVITY_KINDS,
  ACTIVITY_KIND_LABELS,
} from '../../../../types/activities';
import { SKILLS, SKILL_LABELS } from '../../../../types/skills';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { emptyPublish, hasErrors, publishFields, validatePublish, type PublishDraft } from '@/features/activities/form';
import { ACTIVITY_PAGES } from '@/features/activities/routes';
import { publishActivity } from '@/services/activities';
import { Field } from '@/components/Field';
import '@/components/forms.scss';

export default function PublishActivityPage() {
  const text = useTextSize();
  const [draft, setDraft] = useState<PublishDraft>(() => emptyPublish());
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const errors = validatePublish(draft);
  const set = <K extends keyof PublishDraft>(k: K, v: PublishDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const err = (k: keyof PublishDraft) => (shown ? errors[k] : '');
  const input = (k: keyof PublishDraft, placeholder: string, type: 'text' | 'digit' = 'text') => (
    <Input
      className={`form-input publish-${k}`}
      type={type}
      value={String(draft[k])}
      placeholder={placeholder}
      onChange={(v) => set(k, v as never)}
    />
  );

  const submit = async () => {
    setShown(true);
    if (hasErrors(errors) || busy) return;
    setBusy(true);
    const res = await publishActivity(publishFields(draft));
    setBusy(false);
    if (!res.ok) return setProblem(errorText(res.error));
    void Taro.showToast({
      title: res.data.called > 0 ? `已发布，召集令已发 ${res.data.called} 人` : '已发布',
      icon: 'none',
    });
    void Taro.redirectTo({ url: ACTIVITY_PAGES.detail(res.data.activity._id) });
  };

  return (
    <View className={`page form-page ${text.className}`}>
      <Field label="类型">
        <View className="chip-row">
          {ACTIVITY_KINDS.map((k) => (
            <Text key={k} className={draft.kind === k ? 'chip chip--on' : 'chip'} onClick={() => set('kind', k)}>
              {ACTIVITY_KIND_LABELS[k]}
            </Text>
          ))}
        </View>
      </Field>
      <Field label="类别">
        <View className="chip-row">
          {ACTIVITY_CATEGORIES.map((c) => (
            <Text
              key={c}
              className={draft.category === c ? 'chip chip--on' : 'chip'}
              onClick={() => set('category', c)}
            >
              {ACTIVITY_CATEGORY_TABLE[c].label}
            </Text>
          ))}
        </View>
      </Field>
      <Field label="标题" error={err('title')}>
        {input('title', '例如：楼道清扫志愿服务')}
      </Field>
      <Field label="日期" error={err('day')}>
        {input('day', '2025-03-04')}
      </Field>
      <Field label="开始时间" error={err('start')}>
        {input('start', '09:00')}
      </Field>
      <Field label="结束时间" error={err('end')}>
        {input('end', '11:00')}
      </Field>
      <Field label="地点" error={err('place')}>
        {input('place', '例如：党群服务中心活动室')}
      </Field>
      <Field label="名额（人）" error={err('capacity')}>
        {input('capacity', '20', 'digit')}
      </Field>
      <Field label="参加可得积分" error={err('points')}>
        {input('points', '5', 'digit')}
      </Field>
      <Field label="召集令：需要什么特长（可不选）">
        <View className="chip-row">
          {SKILLS.map((s) => (
            <Text
              key={s}
              className={draft.skill === s ? 'chip chip--on' : 'chip'}
              onClick={() => set('skill', draft.skill === s ? '' : s)}
            >
              {SKILL_LABELS[s]}
            </Text>
          ))}
        </View>
      </Field>
      {draft.skill && (
        <Field label="需要几人" error={err('callCount')}>
          {input('callCount', '3', 'digit')}
        </Field>
      )}
      <Field label="说明（可不填）" error={err('description')}>
        <TextArea
          className="form-textarea"
          value={draft.description}
          maxLength={300}
          onChange={(v) => set('description', v)}
        />
      </Field>
      {problem && <Text className="form-field__error">{problem}</Text>}
      <Button
        className="full-button publish-submit"
        type="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
      >
        发布
      </Button>
    </View>
  );
}
