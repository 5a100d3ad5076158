/**
 * 心愿详情: the wish as the viewer may see it (the public card, or more for the claimer and the
 * poster's side), its steps (roles only), and the one or two things this viewer may do now — the
 * function's `can` (domain/wishes/permissions.ts): 审核, 我来认领, 完成心愿, 放弃认领, 确认圆梦, 撤回.
 */
import { useCallback, useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AppError, Envelope } from '../../../../types/envelope';
import type { WishView } from '../../../../types/wishes';
import { chinaDateTime } from '../../../../domain/china-time';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { useLoaded } from '@/features/notices/use-loaded';
import { cancelWish, claimWish, confirmWish, getWish, releaseWish, reviewWish } from '@/services/wishes';
import { askAlongTheWay } from '@/features/notices/subscribe';
import { WISH_CLAIM_CONSENT } from '@/features/notices/work-consent';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { StatusTag } from '@/components/StatusTag';
import { PhotoGrid } from '@/components/PhotoGrid';
import { WISH_TONES } from '@/components/status';
import { FulfilForm, ReviewBox } from './forms';
import '@/components/wishes/wishes.scss';

/** "12-03 06:58", China time whatever the phone's zone. */
const time = (iso: string) => chinaDateTime(new Date(iso)).slice(5);

export default function WishDetailPage() {
  const text = useTextSize();
  const wishId = useRouter().params.wishId ?? '';
  const fetchWish = useCallback(() => getWish(wishId), [wishId]);
  const loaded = useLoaded(fetchWish);
  const wish = loaded.data?.wish ?? null;
  usePullDownRefresh(() => void loaded.reload().then(() => Taro.stopPullDownRefresh()));
  const [busy, setBusy] = useState(false);
  const [actError, setActError] = useState<AppError | null>(null);

  if (!wish) {
    return (
      <View className={text.className}>
        {loaded.error && !loaded.loading ? (
          <ErrorView error={loaded.error} onRetry={() => void loaded.reload()} />
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }

  /** One action: its answer is the wish as it is now; a refusal is said in words and the page re-read. */
  const act = async (run: () => Promise<Envelope<{ wish: WishView; points?: number }>>, done: string) => {
    if (busy) return;
    setBusy(true);
    setActError(null);
    const res = await run();
    setBusy(false);
    if (!res.ok) {
      setActError(res.error);
      void Taro.showToast({ title: errorText(res.error), icon: 'none', duration: 2500 });
      return void loaded.reload();
    }
    loaded.set({ wish: res.data.wish });
    void Taro.showToast({ title: done, icon: 'none' });
  };

  return (
    <View className={text.className}>
      <View className="card wish-section wish-detail">
        <View className="wish-card__head">
          <StatusTag big tone={WISH_TONES[wish.status]} className="wish-status">
            {wish.statusLabel}
          </StatusTag>
          <Text className="wish-card__who">{wish.who}</Text>
        </View>
        <Text className="wish-card__title">{wish.title}</Text>
        <Text className="wish-card__desc">{wish.description}</Text>
        <Text className="wish-card__meta">
          {wish.categoryLabel} · 希望 {wish.dueDate} 前完成{wish.postedByLeader ? ' · 楼栋长代发' : ''}
        </Text>
        <PhotoGrid fileIds={wish.photos} />
      </View>

      {(wish.beneficiary || wish.contact || wish.claimer || wish.reviewNote) && (
        <View className="card wish-section wish-people">
          {wish.beneficiary && (
            <Text className="wish-line">
              心愿人：{wish.beneficiary.name}（{wish.buildingName} {wish.beneficiary.room}）
            </Text>
          )}
          {wish.contact && (
            <View className="wish-contact">
              <Text className="wish-line">
                联系人：{wish.contact.name} {wish.contact.phone}
              </Text>
              {wish.can.fulfil && (
                <Button
                  className="full-button wish-call"
                  size="large"
                  block
                  onClick={() => void Taro.makePhoneCall({ phoneNumber: wish.contact?.phone ?? '' })}
                >
                  打电话联系
                </Button>
              )}
            </View>
          )}
          {wish.claimer && (
            <Text className="wish-line">
              认领人：{wish.claimer.name} {wish.claimer.phone}
            </Text>
          )}
          {wish.reviewNote && <Text className="wish-line">审核意见：{wish.reviewNote}</Text>}
        </View>
      )}

      {wish.fulfilment && (
        <View className="card wish-section wish-fulfilment">
          <Text className="section-title">完成情况</Text>
          <Text className="wish-line">{wish.fulfilment.note}</Text>
          <Text className="wish-line wish-line--muted">用时约 {wish.fulfilment.minutes} 分钟</Text>
          <PhotoGrid fileIds={wish.fulfilment.photos} />
        </View>
      )}

      <View className="wish-actions">
        {wish.can.review && (
          <ReviewBox
            busy={busy}
            onReview={(ok, reason) =>
              void act(() => reviewWish(wish._id, ok, reason), ok ? '已通过，心愿已公开' : '已退回')
            }
          />
        )}
        {wish.can.claim && (
          <Button
            className="full-button wish-claim"
            type="primary"
            size="large"
            block
            loading={busy}
            onClick={() => {
              // The same tap asks to tell the claimer when the wish is confirmed (圆梦).
              void askAlongTheWay(WISH_CLAIM_CONSENT);
              void act(() => claimWish(wish._id), '认领成功');
            }}
          >
            我来认领
          </Button>
        )}
        {wish.can.fulfil && (
          <FulfilForm
            wishId={wish._id}
            busy={busy}
            onDone={(res) => void act(async () => res, '已提交，等心愿人确认')}
          />
        )}
        {wish.can.confirm && (
          <Button
            className="full-button wish-confirm"
            type="primary"
            size="large"
            block
            loading={busy}
            onClick={() => void act(() => confirmWish(wish._id), '心愿已圆梦，谢谢！')}
          >
            确认圆梦
          </Button>
        )}
        {wish.can.release && (
          <Button
            className="full-button wish-release"
            size="large"
            block
            disabled={busy}
            onClick={() => void act(() => releaseWish(wish._id), '已放弃认领')}
          >
            放弃认领
          </Button>
        )}
        {wish.can.cancel && (
          <Button
            className="full-button wish-cancel"
            size="large"
            block
            disabled={busy}
            onClick={() => void act(() => cancelWish(wish._id), '心愿已撤回')}
          >
            撤回心愿
          </Button>
        )}
        {actError && <Text className="wish-error wish-act-error">{errorText(actError)}</Text>}
      </View>

      <View className="card wish-section wish-timeline">
        <Text className="section-title">进展</Text>
        {wish.timeline.map((t, i) => (
          <View key={`${t.action}-${i}`} className="wish-timeline__row">
            <Text>
              {t.role} · {t.label}
            </Text>
            <Text>{time(t.at)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
