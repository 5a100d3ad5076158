/**
 * 诉求详情: where the order is (status first, in big type), what was asked, the answers so far, the
 * timeline (who did what, when), and the actions this person may take now. When the resident's word
 * is due (评价), the stars come right under the status, on the first screen; she can ring whoever is
 * working on her order (拨打电话).
 */
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { OrderView } from '../../../../types/orders';
import { useResource } from '@/features/resource';
import { orgTree, session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { orderActionsFor } from '../../../../domain/orders/actions';
import { isCommunityAdmin } from '../../../../domain/actor';
import { isOwner, isProxyOf } from '../../../../domain/orders/permissions';
import { inCommunityOf, viewerOf } from '@/features/viewer';
import { categoryLabel, closeByText, deadlineText, placeText, when } from '@/features/orders/labels';
import { CLOSED_AS_LABELS } from '../../../../types/orders';
import { useOrder } from '@/features/orders/use-order';
import { meetingUrl } from '@/features/meetings/routes';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { OrderStatusTag } from '@/components/orders/StatusTag';
import { PhotoGrid } from '@/components/PhotoGrid';
import { Timeline } from '@/components/orders/Timeline';
import { OrderActions } from './OrderActions';
import './index.scss';

export default function OrderDetailPage() {
  const text = useTextSize();
  const id = useRouter().params.id ?? '';
  const me = useResource(session);
  const tree = useResource(orgTree);
  const { order, error, loading, reload, applied } = useOrder(id);
  usePullDownRefresh(() => void reload().then(() => Taro.stopPullDownRefresh()));

  if (!order || !me.data) {
    const failure = error ?? (me.status === 'error' ? me.error : undefined);
    return (
      <View className={text.className}>
        {failure && !loading ? <ErrorView error={failure} onRetry={() => void reload()} /> : <LoadingView />}
      </View>
    );
  }

  const viewer = viewerOf(me.data);
  const names = nameIndex(tree.data);
  const actions = orderActionsFor(viewer, inCommunityOf(order, viewer));
  // Those who go to the door may call; the pool's masked number (139****) cannot be dialled.
  const mayCall = (order.takerId === viewer.userId || isCommunityAdmin(viewer)) && /^\d+$/.test(order.contactPhone);

  // The resident's rating is the one thing asked of her: first screen, under the status.
  const rateFirst = actions.includes('rate') || actions.includes('confirm');
  const act = <OrderActions order={order} actions={actions} proxy={isProxyOf(viewer, order)} onChanged={applied} />;

  const head = (
    <>
      <View className="order-detail__head">
        <Text className="order-detail__category">{categoryLabel(order)}</Text>
        <OrderStatusTag status={order.status} big />
      </View>
      {order.overdueLevel > 0 && <Text className="order-detail__overdue">已超过办理时限，请尽快处理</Text>}
      {order.status === 'waiting' && order.waitingSince && (
        <Text className="order-detail__waiting">
          {`等待居民（${when(order.waitingSince)} 起，暂停计时）${order.waitReason ? '：' + order.waitReason : ''}`}
        </Text>
      )}
      {order.closedAs && <Text className="order-detail__closed-as">{CLOSED_AS_LABELS[order.closedAs]}</Text>}
    </>
  );
  const details = (
    <>
      <Text className="order-detail__content">{order.content}</Text>
      <PhotoGrid fileIds={order.photos} />
      <Line label="地点" value={placeText(names.get(order.buildingId) ?? '', order.room) || '—'} />
      {order.addressUnconfirmed && (
        <Text className="order-detail__unconfirmed">
          地址待认证：居民自己登记的楼栋和房号，还没有经楼栋长或社区认证
        </Text>
      )}
      <Line label="诉求人" value={order.residentName} />
      {order.proxyName && <Line label="代办人" value={order.proxyName} />}
      <Line label="联系电话" value={order.contactPhone || '—'} />
      {mayCall && <CallButton phone={order.contactPhone} label="拨打电话" />}
      <Line label="提交时间" value={when(order.createdAt)} />
      {order.takerName && <Line label="接单人" value={order.takerName} />}
      {order.takerPhone && isOwner(viewer, order) && (
        <CallButton phone={order.takerPhone} label={`打电话给${order.takerName ?? '接单人'}`} />
      )}
      {order.dispatchKind === 'transfer' && <Line label="承办部门" value={order.departmentName ?? '待联席会议交办'} />}
      {order.meetingTopic && <MeetingTopicLine topic={order.meetingTopic} />}
      {deadlineText(order) && <Line label="时限" value={deadlineText(order)} />}
      {!rateFirst && closeByText(order) && <Line label="回访" value={closeByText(order)} />}
    </>
  );

  return (
    <View className={text.className}>
      {rateFirst ? (
        <>
          <View className="card order-detail">{head}</View>
          {act}
          <View className="card order-detail">{details}</View>
        </>
      ) : (
        <View className="card order-detail">
          {head}
          {details}
        </View>
      )}

      <Answers order={order} />

      {!rateFirst && act}

      {order.timeline && order.timeline.length > 0 && (
        <>
          <Text className="section-title">办理过程</Text>
          <View className="card">
            <Timeline entries={order.timeline} />
          </View>
        </>
      )}
    </View>
  );
}

/** The 联席会议 topic a transfer became: a tap opens the meeting. */
function MeetingTopicLine({ topic }: { topic: NonNullable<OrderView['meetingTopic']> }) {
  return (
    <View
      className="order-detail__line order-detail__topic"
      onClick={() => void Taro.navigateTo({ url: meetingUrl(topic.meetingId) })}
    >
      <Text className="order-detail__label">联席会议</Text>
      <Text className="order-detail__value order-detail__link">{topic.title}</Text>
    </View>
  );
}

function CallButton(props: { phone: string; label: string }) {
  return (
    <Button className="full-button" size="large" onClick={() => void Taro.makePhoneCall({ phoneNumber: props.phone })}>
      {props.label}
    </Button>
  );
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className="order-detail__line">
      <Text className="order-detail__label">{label}</Text>
      <Text className="order-detail__value">{value}</Text>
    </View>
  );
}

/**
 * What has been answered so far: the community's reply, the department's latest answer, the result,
 * the rating, the rectification.
 */
function Answers({ order }: { order: OrderView }) {
  const blocks: [string, string][] = [];
  if (order.reply) blocks.push(['社区答复', order.reply]);
  // The department's latest 答复 (every one is on the timeline below).
  const answer = [...(order.timeline ?? [])].reverse().find((t) => t.action === 'respond' && t.note);
  if (answer?.note) blocks.push([`部门答复（${answer.actorName}）`, answer.note]);
  const doneBy = order.takerName ?? order.departmentName;
  if (order.completionNote) blocks.push([`办理结果${doneBy ? `（${doneBy}）` : ''}`, order.completionNote]);
  if (order.rating) {
    const stars = '★'.repeat(order.rating.score) + '☆'.repeat(5 - order.rating.score);
    blocks.push(['居民评价', `${stars}${order.rating.comment ? '  ' + order.rating.comment : ''}`]);
  }
  if (order.rectification) blocks.push(['整改回复', order.rectification]);
  if (!blocks.length) return null;
  const resultPhotos = order.completionPhotos ?? [];
  return (
    <View className="card order-answers">
      {blocks.map(([title, body]) => (
        <View key={title} className="order-answers__block">
          <Text className="order-answers__title">{title}</Text>
          <Text className="order-answers__body">{body}</Text>
        </View>
      ))}
      {resultPhotos.length > 0 && <PhotoGrid fileIds={resultPhotos} />}
    </View>
  );
}
