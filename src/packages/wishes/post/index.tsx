/**
 * 许个心愿: what (a short wish and what exactly is needed), for whom (一老一小一弱一特…), by when,
 * up to 3 photos. A 楼栋长 may post it for a resident of their building (代发): pick the household.
 * It waits for the community's review; the page says so and opens the wish.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { WISH_CATEGORIES, WISH_CATEGORY_TABLE, WISH_LIMITS } from '../../../../types/wishes';
import type { ProxyHousehold } from '../../../../types/orders';
import { covers } from '../../../../domain/actor';
import { chinaDayAfter } from '../../../../domain/china-time';
import { useTextSize } from '@/features/elder-mode';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { viewerOf } from '@/features/viewer';
import { errorText } from '@/features/errors';
import { requestIdKeeper } from '@/features/orders/request-id';
import {
  DUE_CHOICES,
  emptyWish,
  firstWishError,
  validateWish,
  wishFields,
  type WishDraft,
  type WishErrors,
} from '@/features/wishes/post-form';
import { wishDetailUrl } from '@/features/wishes/routes';
import { listHouseholds } from '@/services/orders';
import { postWish } from '@/services/wishes';
import { askAlongTheWay } from '@/features/notices/subscribe';
import { WISH_POST_CONSENT } from '@/features/notices/work-consent';
import { ChoiceList } from '@/components/ChoiceList';
import { Field } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import { ErrorView, LoadingView } from '@/components/StatusView';
import '@/components/wishes/wishes.scss';

interface Household extends ProxyHousehold {
  buildingName: string;
}

export default function PostWishPage() {
  const text = useTextSize();
  const me = useResource(session);
  const tree = useResource(orgTree);
  const led = useMemo(() => {
    if (!me.data || !tree.data) return [];
    const viewer = viewerOf(me.data);
    return tree.data.grids.flatMap((g) =>
      g.buildings.filter((b) =>
        covers(viewer, 'building_leader', { communityId: viewer.communityId, gridId: g._id, buildingId: b._id }),
      ),
    );
  }, [me.data, tree.data]);
  const failure = me.status === 'error' ? me.error : tree.status === 'error' ? tree.error : undefined;
  if (failure) {
    return (
      <View className={text.className}>
        <ErrorView error={failure} onRetry={() => void Promise.all([session.load(true), orgTree.load(true)])} />
      </View>
    );
  }
  if (!me.data || !tree.data)
    return (
      <View className={text.className}>
        <LoadingView />
      </View>
    );
  return (
    <View className={text.className}>
      <WishForm ledBuildings={led} />
    </View>
  );
}

function WishForm(props: { ledBuildings: { _id: string; name: string }[] }) {
  const [draft, setDraft] = useState<WishDraft>(() => emptyWish());
  const [errors, setErrors] = useState<WishErrors>({});
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState('');
  const [households, setHouseholds] = useState<Household[] | null>(null);
  const [forName, setForName] = useState('');
  const ids = useRef(requestIdKeeper());

  const set = <K extends keyof WishDraft>(field: K, value: WishDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setSendError('');
  };

  // 代发: the households of the buildings this leader leads (the first page of each is plenty for a building).
  const loadHouseholds = useCallback(async () => {
    const pages = await Promise.all(props.ledBuildings.map((b) => listHouseholds(b._id)));
    const found = pages.flatMap((res, i) =>
      res.ok ? res.data.items.map((h) => ({ ...h, buildingName: props.ledBuildings[i].name })) : [],
    );
    setHouseholds(found);
  }, [props.ledBuildings]);

  const send = async () => {
    if (sending) return;
    const found = validateWish(draft);
    setErrors(found);
    const first = firstWishError(found);
    if (first) return void Taro.showToast({ title: first, icon: 'none' });
    // The same tap asks to tell the poster when the wish is reviewed, claimed and fulfilled.
    void askAlongTheWay(WISH_POST_CONSENT);
    setSending(true);
    const res = await postWish(wishFields(draft, ids.current.current()));
    setSending(false);
    if (!res.ok) return setSendError(errorText(res.error));
    ids.current.settled();
    void Taro.showToast({ title: '已提交，等社区审核', icon: 'none', duration: 2500 });
    void Taro.redirectTo({ url: wishDetailUrl(res.data.wish._id) });
  };

  return (
    <>
      {props.ledBuildings.length > 0 && (
        <>
          <Text className="section-title">为谁许愿？</Text>
          <View className="card wish-section">
            <Text className="wish-line">{draft.forUserId ? `代 ${forName} 许愿` : '为自己许愿'}</Text>
            {households === null ? (
              <Button className="full-button wish-go-proxy" size="large" block onClick={() => void loadHouseholds()}>
                替本楼栋居民代发
              </Button>
            ) : (
              <ChoiceList
                choices={[
                  { value: '', label: '为自己许愿' },
                  ...households.map((h) => ({
                    value: h.userId,
                    label: `${h.name}`,
                    hint: `${h.buildingName} ${h.room}`,
                  })),
                ]}
                value={draft.forUserId}
                onChange={(v) => {
                  set('forUserId', v);
                  setForName(households.find((h) => h.userId === v)?.name ?? '');
                }}
              />
            )}
          </View>
        </>
      )}

      <Text className="section-title">心愿是为谁的？</Text>
      <View className="card">
        <ChoiceList
          choices={WISH_CATEGORIES.map((c) => ({ value: c, label: WISH_CATEGORY_TABLE[c].label }))}
          value={draft.category}
          onChange={(v) => set('category', v as WishDraft['category'])}
        />
      </View>

      <View className="card order-form">
        <Field label="心愿（一句话）" error={errors.title}>
          <Input
            className="form-input wish-title-input"
            value={draft.title}
            placeholder="例如：想要一副老花镜"
            maxLength={WISH_LIMITS.title}
            onChange={(v) => set('title', v)}
          />
        </Field>
        <Field label="具体需要什么" error={errors.description}>
          <TextArea
            className="form-textarea wish-desc-input"
            value={draft.description}
            placeholder="说清楚需要什么，不要写姓名、房号和电话（心愿会公开给邻居看）"
            maxLength={WISH_LIMITS.description}
            rows={4}
            onChange={(v) => set('description', v)}
          />
        </Field>
        <Field label="希望什么时候前完成" error={errors.dueDate}>
          <ChoiceList
            choices={DUE_CHOICES.map((c) => ({ value: chinaDayAfter(c.days, new Date()), label: c.label }))}
            value={draft.dueDate}
            onChange={(v) => set('dueDate', v)}
          />
        </Field>
        <Field label="图片（可不加）">
          <PhotoPicker
            value={draft.photos}
            max={WISH_LIMITS.photos}
            folder="wishes"
            onChange={(v) => set('photos', v)}
          />
        </Field>
      </View>

      {sendError && <Text className="wish-error wish-send-error">{sendError}</Text>}
      <Button
        className="full-button wish-submit"
        type="primary"
        size="large"
        block
        loading={sending}
        disabled={sending}
        onClick={() => void send()}
      >
        {sendError ? '改好了，再提交一次' : '提交心愿'}
      </Button>
      <Text className="list-hint">提交后由社区审核，通过后在心愿墙公开（只显示楼栋和类别，不显示姓名、房号）。</Text>
    </>
  );
}
