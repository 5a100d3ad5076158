/**
 * The actions open to this person on this order (domain/orders/actions.ts decides which):
 * 撤销 and 评价 for the resident, 抢单 / 办结 for takers, 整改回复 for the grid worker or an admin,
 * 派单 / 指派 for admins, 改派 / 退单 of a taken order for the grid's worker and admins (退单 for the
 * taker too), and for the department a transfer is given to: 受理, 答复, 办结. Every action answers
 * with the moved order, which the page then shows.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Rate, TextArea } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import { ORDER_LIMITS, type OrderView } from '../../../../types/orders';
import type { OrderAction } from '../../../../domain/orders/actions';
import { isBadScore } from '../../../../domain/orders/state-machine';
import { errorText } from '@/features/errors';
import { completeUrl, ORDER_PAGES } from '@/features/orders/routes';
import { closeByText } from '@/features/orders/labels';
import { acceptOrder, cancelOrder, grabOrder, handBackOrder, rateOrder, rectifyOrder } from '@/services/orders';
import { SheetDialog } from '@/components/SheetDialog';
import { AssignSheet } from './AssignSheet';
import { RespondPanel } from './RespondPanel';
import { ConfirmPanel, ResumePanel, WaitButton } from './FollowUpPanels';
import '@/components/forms.scss';

export type Run = (call: () => Promise<Envelope<{ order: OrderView }>>, done: string) => Promise<boolean>;

export function OrderActions(props: {
  order: OrderView;
  actions: OrderAction[];
  /** The viewer is the 代办人: they rate only when the resident asks them to. */
  proxy?: boolean;
  onChanged(o: OrderView): void;
}) {
  const { order, actions } = props;
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [assigning, setAssigning] = useState<'' | 'assign' | 'reassign'>('');
  const [handingBack, setHandingBack] = useState(false);
  if (!actions.length) return null;

  const run: Run = async (call, done) => {
    setBusy(true);
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      void Taro.showToast({ title: errorText(res.error), icon: 'none', duration: 2500 });
      return false;
    }
    props.onChanged(res.data.order);
    void Taro.showToast({ title: done, icon: 'success' });
    return true;
  };

  return (
    <View className="card order-act">
      {actions.includes('rate') && (
        <RatePanel orderId={order._id} run={run} busy={busy} proxy={props.proxy} deadline={closeByText(order)} />
      )}
      {actions.includes('confirm') && <ConfirmPanel order={order} run={run} busy={busy} proxy={props.proxy} />}
      {actions.includes('rectify') && <RectifyPanel orderId={order._id} run={run} busy={busy} />}
      {actions.includes('resume') && (
        <ResumePanel order={order} run={run} busy={busy} taker={actions.includes('complete')} />
      )}
      {actions.includes('accept') && (
        <>
          <Text className="order-act__hint">社区转交给您的部门办理。受理后请在期限内办结，办理情况居民都能看到。</Text>
          <Button
            className="full-button order-act__accept"
            type="primary"
            size="large"
            block
            loading={busy}
            disabled={busy}
            onClick={() => void run(() => acceptOrder(order._id), '已受理')}
          >
            受理
          </Button>
        </>
      )}
      {actions.includes('complete') && (
        <Button
          className="full-button"
          type="primary"
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: completeUrl(order._id) })}
        >
          办结
        </Button>
      )}
      {actions.includes('wait') && <WaitButton order={order} run={run} busy={busy} />}
      {actions.includes('respond') && <RespondPanel orderId={order._id} run={run} busy={busy} />}
      {actions.includes('grab') && (
        <Button
          className="full-button"
          type="primary"
          size="large"
          block
          loading={busy}
          disabled={busy}
          onClick={() => void run(() => grabOrder(order._id), '抢单成功')}
        >
          抢单
        </Button>
      )}
      {actions.includes('dispatch') && (
        <Button
          className="full-button"
          type="primary"
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: ORDER_PAGES.dispatch })}
        >
          去派单台派单
        </Button>
      )}
      {actions.includes('assign') && (
        <Button className="full-button" size="large" block onClick={() => setAssigning('assign')}>
          指派给网格里的人
        </Button>
      )}
      {actions.includes('reassign') && (
        <Button className="full-button" size="large" block onClick={() => setAssigning('reassign')}>
          改派给别人
        </Button>
      )}
      {actions.includes('handBack') && (
        <Button className="full-button" size="large" block onClick={() => setHandingBack(true)}>
          退单
        </Button>
      )}
      {actions.includes('cancel') && (
        <>
          <Text className="order-act__hint">还没有人接单，不需要了可以撤销。</Text>
          <Button className="full-button" size="large" block onClick={() => setConfirmCancel(true)}>
            撤销诉求
          </Button>
        </>
      )}
      <SheetDialog
        visible={confirmCancel}
        title="确认撤销这条诉求？"
        confirmText="确认撤销"
        cancelText="不撤销"
        busy={busy}
        onCancel={() => setConfirmCancel(false)}
        onConfirm={() => void run(() => cancelOrder(order._id), '已撤销').then(() => setConfirmCancel(false))}
      >
        <Text className="sheet-dialog__text">撤销后网格员不会再处理这条诉求。</Text>
      </SheetDialog>
      {assigning && (
        <AssignSheet
          order={order}
          reassign={assigning === 'reassign'}
          onClose={() => setAssigning('')}
          onAssigned={props.onChanged}
        />
      )}
      {handingBack && (
        <HandBackSheet
          busy={busy}
          onCancel={() => setHandingBack(false)}
          onSend={(reason) =>
            void run(() => handBackOrder(order._id, reason), '已退单').then((ok) => ok && setHandingBack(false))
          }
        />
      )}
    </View>
  );
}

const SCORE_WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

function RatePanel(props: { orderId: string; run: Run; busy: boolean; proxy?: boolean; deadline?: string }) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const send = () => {
    if (!score) return setError('请点星星打分');
    setError('');
    void props.run(() => rateOrder(props.orderId, score, comment.trim() || undefined), '谢谢您的评价');
  };
  return (
    <>
      <Text className="order-act__title">{props.proxy ? '居民请您代为评价时' : '办得怎么样？请您评价'}</Text>
      {props.proxy && <Text className="order-act__hint">请按居民的意思打分，评价会记为“受居民委托代为评价”。</Text>}
      <View className="star-picker" aria-label="评分">
        {/* NutUI Rate with our own big stars (a tap target each, 长辈模式 too) instead of its icon font. */}
        <Rate
          className="star-picker__rate"
          count={5}
          value={score}
          checkedIcon={<Text className="star-picker__star star-picker__star--on">★</Text>}
          uncheckedIcon={<Text className="star-picker__star">★</Text>}
          onChange={(n) => {
            setScore(n);
            setError('');
          }}
        />
        <Text className="star-picker__words">{SCORE_WORDS[score] || '点星星打分'}</Text>
      </View>
      {score > 0 && isBadScore(score) && <Text className="order-act__hint">不满意的评价会交给网格员回复和整改。</Text>}
      <TextArea
        className="form-textarea"
        value={comment}
        placeholder="还想说点什么？（可不填）"
        maxLength={ORDER_LIMITS.ratingComment}
        rows={2}
        onChange={setComment}
      />
      {error && <Text className="order-act__error">{error}</Text>}
      <Button
        className="full-button"
        type="primary"
        size="large"
        block
        loading={props.busy}
        disabled={props.busy}
        onClick={send}
      >
        提交评价
      </Button>
      {props.deadline && <Text className="order-act__hint">{props.deadline}</Text>}
    </>
  );
}

function RectifyPanel(props: { orderId: string; run: Run; busy: boolean }) {
  const [reply, setReply] = useState('');
  const [error, setError] = useState('');
  const send = () => {
    if (!reply.trim()) return setError('请写下整改情况');
    setError('');
    void props.run(() => rectifyOrder(props.orderId, reply.trim()), '已回复');
  };
  return (
    <>
      <Text className="order-act__title">整改回复</Text>
      <Text className="order-act__hint">居民不满意：请写明怎么整改的，回复后请居民确认是否解决。</Text>
      <TextArea
        className="form-textarea"
        value={reply}
        placeholder="整改情况"
        maxLength={ORDER_LIMITS.rectifyReply}
        rows={3}
        onChange={(v) => {
          setReply(v);
          setError('');
        }}
      />
      {error && <Text className="order-act__error">{error}</Text>}
      <Button
        className="full-button"
        type="primary"
        size="large"
        block
        loading={props.busy}
        disabled={props.busy}
        onClick={send}
      >
        提交整改回复
      </Button>
    </>
  );
}

/** 退单 needs a reason: it goes on the timeline, so the next taker and the resident know why. */
function HandBackSheet(props: { busy: boolean; onCancel(): void; onSend(reason: string): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  return (
    <SheetDialog
      visible
      title="退单：为什么办不了？"
      confirmText="确认退单"
      cancelText="不退了"
      busy={props.busy}
      error={error}
      onCancel={props.onCancel}
      onConfirm={() => (reason.trim() ? props.onSend(reason.trim()) : setError('请写下退单原因'))}
    >
      <Text className="sheet-dialog__text">退单后这单回到抢单大厅，网格里的其他人可以接。</Text>
      <TextArea
        className="form-textarea"
        value={reason}
        placeholder="例如：临时出差，这两天上不了门"
        maxLength={ORDER_LIMITS.handBackReason}
        rows={3}
        onChange={(v) => {
          setReason(v);
          setError('');
        }}
      />
    </SheetDialog>
  );
}
