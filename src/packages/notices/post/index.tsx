/**
 * 发布通知: whom it is for (only the places this person may post to), 通知 or 接龙 (with an optional
 * number of places and a deadline), a title, the text and up to 9 photos. The cloud checks the text first; a
 * refusal ("内容含有不当信息…") is shown above the button and nothing is saved, so the leader edits
 * and sends again. Sent, it opens 我的发布.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { useTextSize } from '@/features/elder-mode';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { errorText } from '@/features/errors';
import { defaultScope, scopeChoices, type ScopeChoice } from '@/features/notices/scopes';
import { viewerOf } from '@/features/viewer';
import { NOTICE_PAGES } from '@/features/notices/routes';
import {
  DEADLINE_CHOICES,
  emptyDraft,
  firstError,
  MAX_CONTENT,
  MAX_NOTICE_PHOTOS,
  MAX_TITLE,
  postFields,
  validatePost,
  type PostDraft,
  type PostErrors,
} from '@/features/notices/post-form';
import { postNotice } from '@/services/notices';
import { ChoiceList } from '@/components/ChoiceList';
import { EmptyView, ErrorView, LoadingView } from '@/components/StatusView';
import { Field } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import '@/components/notices/notices.scss';

export default function PostNoticePage() {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const failure = me.status === 'error' ? me.error : tree.status === 'error' ? tree.error : undefined;
  return (
    <View className={text.className}>
      {me.data && tree.data ? (
        <PostForm choices={scopeChoices(viewerOf(me.data), tree.data)} />
      ) : failure ? (
        <ErrorView error={failure} onRetry={() => void Promise.all([session.load(true), orgTree.load(true)])} />
      ) : (
        <LoadingView />
      )}
    </View>
  );
}

function PostForm({ choices }: { choices: ScopeChoice[] }) {
  const [draft, setDraft] = useState<PostDraft>(() => emptyDraft(defaultScope(choices)));
  const [errors, setErrors] = useState<PostErrors>({});
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState('');

  if (choices.length === 0) return <EmptyView text="只有楼栋长、网格员和社区管理员可以发布通知。" />;

  const set = <K extends keyof PostDraft>(field: K, value: PostDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setSendError('');
  };

  const send = async () => {
    if (sending) return;
    const found = validatePost(draft, choices);
    setErrors(found);
    const first = firstError(found);
    if (first) return void Taro.showToast({ title: first, icon: 'none' });
    setSending(true);
    const res = await postNotice(postFields(draft, choices));
    setSending(false);
    if (!res.ok) return setSendError(errorText(res.error));
    void Taro.showToast({ title: '已发布', icon: 'success' });
    // Replace the form: 返回 from 我的发布 should not land on a sent form.
    void Taro.redirectTo({ url: NOTICE_PAGES.mine });
  };

  return (
    <>
      <Text className="section-title">发给谁？</Text>
      <View className="card">
        <ChoiceList
          choices={choices.map((c) => ({ value: c.value, label: c.label, hint: c.hint }))}
          value={draft.scope}
          onChange={(v) => set('scope', v)}
        />
        {errors.scope && <Text className="notice-form__error">{errors.scope}</Text>}
      </View>

      <Text className="section-title">发什么？</Text>
      <View className="card">
        <ChoiceList
          choices={[
            { value: 'notice', label: '通知', hint: '告诉大家一件事' },
            { value: 'signup', label: '接龙', hint: '请大家报名' },
          ]}
          value={draft.kind}
          onChange={(v) => set('kind', v === 'signup' ? 'signup' : 'notice')}
        />
      </View>

      <View className="card order-form">
        <Field label="标题" error={errors.title}>
          <Input
            className="form-input notice-title-input"
            value={draft.title}
            placeholder="例如：周六上午楼道大扫除"
            maxLength={MAX_TITLE}
            onChange={(v) => set('title', v)}
          />
        </Field>
        <Field label="内容" error={errors.content}>
          <TextArea
            className="form-textarea notice-content-input"
            value={draft.content}
            placeholder="时间、地点、要带什么，写清楚些"
            maxLength={MAX_CONTENT}
            rows={5}
            onChange={(v) => set('content', v)}
          />
        </Field>
        <Field label="图片（可不加）">
          <PhotoPicker
            value={draft.photos}
            max={MAX_NOTICE_PHOTOS}
            folder="notices"
            onChange={(v) => set('photos', v)}
          />
        </Field>
        {draft.kind === 'signup' && (
          <>
            <Field label="人数上限（不限就不填）" error={errors.capacity}>
              <Input
                className="form-input notice-capacity-input"
                type="number"
                value={draft.capacity}
                placeholder="例如 5"
                maxLength={5}
                onChange={(v) => set('capacity', v)}
              />
            </Field>
            <Field label="报名截止" error={errors.deadline}>
              <ChoiceList
                choices={DEADLINE_CHOICES.map((c) => ({ value: c.value || 'none', label: c.label }))}
                value={draft.deadline || 'none'}
                onChange={(v) => set('deadline', v === 'none' ? '' : v)}
              />
            </Field>
          </>
        )}
      </View>

      {sendError && <Text className="notice-form__error notice-send-error">{sendError}</Text>}
      <Button
        className="full-button notice-submit"
        type="primary"
        size="large"
        block
        loading={sending}
        disabled={sending}
        onClick={() => void send()}
      >
        {sendError ? '改好了，再发一次' : '发布'}
      </Button>
    </>
  );
}
