/**
 * Edit my profile → `user.profile.update`. The building comes from a picker over the org tree
 * (grid · building), so nobody types an id. Before a phone number is saved the first time the
 * privacy popup asks for consent.
 */
import { useState, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input, Picker } from '@nutui/nutui-react-taro';
import { useResource } from '@/features/resource';
import { orgTree, replaceSessionUser, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { buildingOptions } from '@/features/org-names';
import {
  draftFrom,
  phoneNeedsConsent,
  validateProfile,
  type ProfileDraft,
  type ProfileErrors,
} from '@/features/profile-form';
import { askConsent, hasConsented } from '@/features/privacy';
import { HOME_PAGE } from '@/features/platform';
import { errorText } from '@/features/errors';
import { updateProfile } from '@/services/user';
import type { LoginResult, PublicUser } from '../../../../types/user';
import { ADDRESS_STATUS_LABELS } from '../../../../domain/residence';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { PrivacyPopup } from '@/components/PrivacyPopup';
import './index.scss';

export default function ProfileEditPage() {
  const text = useTextSize();
  const me = useResource(session);
  return (
    <View className={text.className}>
      {me.data ? (
        // Keyed by user: the form starts from the saved profile, also when it arrives late.
        <>
          <AddressStatusCard status={me.data.addressStatus} />
          <ProfileForm key={me.data.user._id} user={me.data.user} />
        </>
      ) : me.status === 'error' ? (
        <ErrorView error={me.error} onRetry={() => void session.load(true)} />
      ) : (
        <LoadingView />
      )}
    </View>
  );
}

function ProfileForm({ user }: { user: PublicUser }) {
  const tree = useResource(orgTree);
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFrom(user));
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [pickerOpen, setPickerOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');

  const options = buildingOptions(tree.data);
  const chosen = options.find((o) => o.value === draft.buildingId);
  const set = (field: keyof ProfileDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const save = async () => {
    const found = validateProfile(draft);
    setErrors(found);
    setSaveError('');
    if (Object.values(found).some(Boolean)) return;
    if (phoneNeedsConsent(draft.phone, user.phone, hasConsented()) && !(await askConsent())) {
      setSaveError('需要您同意隐私保护指引后，才能保存手机号');
      return;
    }
    setSaving(true);
    const res = await updateProfile({
      ...draft,
      phone: draft.phone.trim(),
      room: draft.room.trim(),
      name: draft.name.trim(),
    });
    setSaving(false);
    if (!res.ok) {
      setSaveError(errorText(res.error));
      return;
    }
    replaceSessionUser(res.data.user, res.data.addressStatus);
    const waiting = res.data.addressStatus === 'pending';
    void Taro.showToast({ title: waiting ? '已提交认证' : '已保存', icon: 'success' });
    // Back where one came from; after 加入社区 (which replaced itself with this page) that is the home.
    setTimeout(() => {
      if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
      else void Taro.reLaunch({ url: HOME_PAGE });
    }, 800);
  };

  return (
    <>
      <View className="card profile-form">
        <Field label="姓名" error={errors.name}>
          <Input
            className="profile-input"
            value={draft.name}
            placeholder="您的姓名"
            maxLength={20}
            onChange={set('name')}
          />
        </Field>
        <Field label="手机号" error={errors.phone}>
          <Input
            className="profile-input"
            type="number"
            value={draft.phone}
            placeholder="11 位手机号"
            maxLength={11}
            onChange={set('phone')}
          />
        </Field>
        <Field label="楼栋" error={errors.buildingId ?? (tree.status === 'error' ? errorText(tree.error) : undefined)}>
          <View className="profile-picker tap" onClick={() => options.length && setPickerOpen(true)}>
            <Text className={chosen ? '' : 'muted'}>
              {chosen?.text ?? (tree.status === 'ready' ? '点这里选择楼栋' : '正在加载楼栋…')}
            </Text>
            <Text className="profile-picker__arrow">›</Text>
          </View>
        </Field>
        <Field label="房号" error={errors.room}>
          <Input
            className="profile-input"
            value={draft.room}
            placeholder="例如 302"
            maxLength={10}
            onChange={set('room')}
          />
        </Field>
      </View>

      {saveError && <Text className="profile-save-error">{saveError}</Text>}
      <Button
        className="full-button"
        type="primary"
        size="large"
        block
        loading={saving}
        disabled={saving}
        onClick={() => void save()}
      >
        保存
      </Button>

      <Picker
        visible={pickerOpen}
        title="选择楼栋"
        options={[options]}
        value={draft.buildingId ? [draft.buildingId] : []}
        onConfirm={(_, values) => set('buildingId')(String(values[0] ?? ''))}
        onClose={() => setPickerOpen(false)}
      />
      <PrivacyPopup />
    </>
  );
}

/** Where the address stands: 待认证 grants nothing yet (domain/residence.ts), so say so plainly. */
function AddressStatusCard({ status }: { status: LoginResult['addressStatus'] }) {
  if (!status || status === 'confirmed') return null;
  const words: Record<string, string> = {
    none: '请填写您的楼栋和房号，提交后由楼栋长核实（认证）。',
    pending: '您的住址待认证：楼栋长或社区核实后，您才能看到本楼栋的通知、获得积分。',
    rejected: '您的住址未通过认证，请核对楼栋和房号后重新提交，或联系楼栋长。',
  };
  return (
    <View className={`card profile-status profile-status--${status}`}>
      <Text className="profile-status__label">{ADDRESS_STATUS_LABELS[status]}</Text>
      <Text className="profile-status__text">{words[status]}</Text>
    </View>
  );
}

function Field(props: { label: string; error?: string; children: ReactNode }) {
  return (
    <View className="profile-field">
      <Text className="profile-field__label">{props.label}</Text>
      {props.children}
      {props.error && <Text className="profile-field__error">{props.error}</Text>}
    </View>
  );
}
