/**
 * The 点单 form: what kind of help, what is needed, photos; where and how to reach come prefilled
 * from the profile. For a 代办 (`proxy`) the place is the resident's registered home, which the
 * server decides, so the form shows whom it is for and asks no building or room.
 * One requestId per submission, kept across retries, so a double tap never files twice.
 */
import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input, Picker, TextArea } from '@nutui/nutui-react-taro';
import { CATEGORIES, CATEGORY_TABLE, type ProxyHousehold } from '../../../../types/orders';
import type { PublicUser } from '../../../../types/user';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { buildingOptions } from '@/features/org-names';
import { errorText } from '@/features/errors';
import { askConsent, hasConsented } from '@/features/privacy';
import { phoneNeedsConsent } from '@/features/profile-form';
import { CATEGORY_HINTS } from '@/features/orders/labels';
import { contentCount, draftFor, MAX_CONTENT, MAX_PHOTOS, submitFields, validateDraft } from '@/features/orders/draft';
import type { DraftErrors, OrderDraft } from '@/features/orders/draft';
import { requestIdKeeper } from '@/features/orders/request-id';
import { announceOrder } from '@/features/orders/events';
import { orderDetailUrl } from '@/features/orders/routes';
import { submitOrder } from '@/services/orders';
import { askToSubscribe } from '@/features/notices/subscribe';
import { PrivacyPopup } from '@/components/PrivacyPopup';
import { PhotoPicker } from '@/components/PhotoPicker';
import { Field } from '@/components/Field';
import './index.scss';

/** A 代办: the household chosen from the building's list, and the building's name to show. */
export interface ProxyTarget {
  household: ProxyHousehold;
  buildingName: string;
}

export function OrderForm({ user, elder, proxy }: { user: PublicUser; elder: boolean; proxy?: ProxyTarget }) {
  const tree = useResource(orgTree);
  const [draft, setDraft] = useState<OrderDraft>(() => draftFor(proxy ? undefined : user));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [pickerOpen, setPickerOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState('');
  const keeper = useRef(requestIdKeeper()).current;

  const options = buildingOptions(tree.data);
  const chosen = options.find((o) => o.value === draft.buildingId);
  const set = <K extends keyof OrderDraft>(field: K, value: OrderDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const send = async () => {
    if (sending) return;
    const found = validateDraft(draft, !!proxy);
    setErrors(found);
    setSendError('');
    if (Object.values(found).some(Boolean)) {
      void Taro.showToast({ title: Object.values(found).find(Boolean) as string, icon: 'none' });
      return;
    }
    // 订阅消息: asked here, still inside the tap (WeChat refuses the prompt after an await), so the
    // resident is told when the order is taken and when it is done. Declining changes nothing else.
    void askToSubscribe(['order_taken', 'order_done']);
    const ownPhone = proxy ? '' : user.phone;
    if (
      draft.contactPhone &&
      phoneNeedsConsent(draft.contactPhone, ownPhone, hasConsented()) &&
      !(await askConsent())
    ) {
      setSendError('需要您同意隐私保护指引后，才能留下联系电话');
      return;
    }
    setSending(true);
    const forWhom = proxy ? { onBehalfOf: proxy.household.userId } : {};
    const res = await submitOrder({ requestId: keeper.current(), ...submitFields(draft), ...forWhom });
    setSending(false);
    if (!res.ok) {
      setSendError(errorText(res.error)); // the same requestId goes with the retry
      return;
    }
    keeper.settled();
    announceOrder(res.data.order);
    void Taro.showToast({ title: '已提交', icon: 'success' });
    // Replace the form, so 返回 from the order goes home rather than back to a sent form.
    void Taro.redirectTo({ url: orderDetailUrl(res.data.order._id) });
  };

  return (
    <>
      {proxy && (
        <View className="card proxy-for">
          <Text className="proxy-for__title">
            为 {proxy.household.name}（{proxy.buildingName} {proxy.household.room}室）代办
          </Text>
          <Text className="proxy-for__hint">诉求记在居民名下，地址以居民登记的为准；办理进度您和居民都能看到。</Text>
        </View>
      )}
      <Text className="section-title">需要哪方面的帮助？</Text>
      <View className={elder ? 'category-choices category-choices--list' : 'category-choices'}>
        {CATEGORIES.map((c) => (
          <View
            key={c}
            className={draft.category === c ? 'category-choice category-choice--on' : 'category-choice'}
            onClick={() => set('category', c)}
          >
            <Text className="category-choice__label">{CATEGORY_TABLE[c].label}</Text>
            <Text className="category-choice__hint">{CATEGORY_HINTS[c]}</Text>
          </View>
        ))}
      </View>
      {errors.category && <Text className="order-form__error">{errors.category}</Text>}

      <View className="card order-form">
        <Field label="说说您的诉求" error={errors.content}>
          <TextArea
            className="form-textarea"
            value={draft.content}
            placeholder="例如：家里水管漏水，请帮忙找人修理"
            maxLength={MAX_CONTENT}
            rows={4}
            onChange={(v) => set('content', v)}
          />
          <Text className="form-field__count">{contentCount(draft.content)}</Text>
        </Field>
        <Field label={`图片（可不传，最多 ${MAX_PHOTOS} 张）`}>
          <PhotoPicker value={draft.photos} max={MAX_PHOTOS} onChange={(v) => set('photos', v)} />
        </Field>
        {!proxy && (
          <Field
            label="楼栋"
            error={errors.buildingId ?? (tree.status === 'error' ? errorText(tree.error) : undefined)}
          >
            <View className="form-picker tap" onClick={() => options.length && setPickerOpen(true)}>
              <Text className={chosen ? '' : 'muted'}>
                {chosen?.text ?? (tree.status === 'ready' ? '点这里选择楼栋' : '正在加载楼栋…')}
              </Text>
              <Text className="muted">›</Text>
            </View>
          </Field>
        )}
        {!proxy && (
          <Field label="房号" error={errors.room}>
            <Input
              className="form-input"
              value={draft.room}
              placeholder="例如 302"
              maxLength={10}
              onChange={(v) => set('room', v)}
            />
          </Field>
        )}
        <Field label={proxy ? '联系电话（不填则用居民登记的电话）' : '联系电话'} error={errors.contactPhone}>
          <Input
            className="form-input"
            type="number"
            value={draft.contactPhone}
            placeholder="11 位手机号"
            maxLength={11}
            onChange={(v) => set('contactPhone', v)}
          />
        </Field>
      </View>

      {sendError && <Text className="order-form__error">{sendError}</Text>}
      <Button
        className="full-button order-form__submit"
        type="primary"
        size="large"
        block
        loading={sending}
        disabled={sending}
        onClick={() => void send()}
      >
        {sendError ? '再试一次' : '提交诉求'}
      </Button>

      <Picker
        visible={pickerOpen}
        title="选择楼栋"
        options={[options]}
        value={draft.buildingId ? [draft.buildingId] : []}
        onConfirm={(_, values) => set('buildingId', String(values[0] ?? ''))}
        onClose={() => setPickerOpen(false)}
      />
      <PrivacyPopup />
    </>
  );
}
