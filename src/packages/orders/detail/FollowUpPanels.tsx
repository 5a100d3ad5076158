/**
 * Nobody waits forever (issue 11, point 7), on the order's page:
 * - 整改待确认: the resident's last word on a 整改 reply — 确认已解决 (one big tap), or 仍不满意 with
 *   why (back to the 整改 queue); if she says nothing, it closes by itself at the date shown;
 * - 等待居民: the taker stops the clock with a reason (choices, or their own words); the taker or
 *   the resident resumes, and the finish-by moves by the time waited.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { ORDER_LIMITS, WAIT_REASONS, type OrderView } from '../../../../types/orders';
import { closeByText } from '@/features/orders/labels';
import { confirmOrder, disputeOrder, resumeOrder, waitOrder } from '@/services/orders';
import { SheetDialog } from '@/components/SheetDialog';
import type { Run } from './OrderActions';

export function ConfirmPanel(props: { order: OrderView; run: Run; busy: boolean; proxy?: boolean }) {
  const { order } = props;
  const [disputing, setDisputing] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const deadline = closeByText(order);
  return (
    <>
      <Text className="order-act__title">{props.proxy ? '居民请您代为确认时' : '整改后问题解决了吗？'}</Text>
      {order.rectification && <Text className="order-act__hint">整改回复：{order.rectification}</Text>}
      <Button
        className="full-button order-act__confirm"
        type="primary"
        size="large"
        block
        loading={props.busy}
        disabled={props.busy}
        onClick={() => void props.run(() => confirmOrder(order._id), '已确认解决')}
      >
        确认已解决
      </Button>
      <Button className="full-button order-act__dispute" size="large" block onClick={() => setDisputing(true)}>
        还没解决，仍不满意
      </Button>
      {deadline && <Text className="order-act__hint">{deadline}</Text>}
      <SheetDialog
        visible={disputing}
        title="哪里还不满意？"
        confirmText="交给网格员再整改"
        cancelText="不了"
        busy={props.busy}
        error={error}
        onCancel={() => setDisputing(false)}
        onConfirm={() => {
          if (!comment.trim()) return setError('请说说还有什么问题');
          void props
            .run(() => disputeOrder(order._id, comment.trim()), '已交给网格员')
            .then((ok) => ok && setDisputing(false));
        }}
      >
        <TextArea
          className="form-textarea"
          value={comment}
          placeholder="例如：第二天又坏了"
          maxLength={ORDER_LIMITS.disputeComment}
          rows={3}
          onChange={(v) => {
            setComment(v);
            setError('');
          }}
        />
      </SheetDialog>
    </>
  );
}

/** 等待居民 for the taker: a reason is required; it goes on the timeline. */
export function WaitButton(props: { order: OrderView; run: Run; busy: boolean }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  return (
    <>
      <Button className="full-button order-act__wait" size="large" block onClick={() => setOpen(true)}>
        等待居民（暂停计时）
      </Button>
      <SheetDialog
        visible={open}
        title="为什么要等居民？"
        confirmText="暂停计时"
        cancelText="不了"
        busy={props.busy}
        error={error}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          if (!reason.trim()) return setError('请选择或写下原因');
          void props
            .run(() => waitOrder(props.order._id, reason.trim()), '已暂停计时')
            .then((ok) => ok && setOpen(false));
        }}
      >
        <Text className="sheet-dialog__text">等待期间不计入办理时限，居民或您恢复后继续计时。</Text>
        <View className="wait-reasons">
          {WAIT_REASONS.map((r) => (
            <Button
              key={r}
              className={`wait-reasons__choice${reason === r ? ' wait-reasons__choice--on' : ''}`}
              size="large"
              type={reason === r ? 'primary' : 'default'}
              onClick={() => {
                setReason(r);
                setError('');
              }}
            >
              {r}
            </Button>
          ))}
        </View>
        <TextArea
          className="form-textarea"
          value={reason}
          placeholder="或写下原因"
          maxLength={ORDER_LIMITS.waitReason}
          rows={2}
          onChange={(v) => {
            setReason(v);
            setError('');
          }}
        />
      </SheetDialog>
    </>
  );
}

/** 恢复办理: the clock runs again; offered to the taker and to the resident. */
export function ResumePanel(props: { order: OrderView; run: Run; busy: boolean; taker: boolean }) {
  return (
    <>
      <Text className="order-act__hint">
        {props.taker ? '居民方便了就恢复办理，办理时限会顺延等待的时间。' : '接单人在等您。您方便了，点下面告诉他。'}
      </Text>
      {/* the taker's main button is 办结; the resident's is this one */}
      <Button
        className="full-button order-act__resume"
        type={props.taker ? 'default' : 'primary'}
        size="large"
        block
        loading={props.busy}
        disabled={props.busy}
        onClick={() => void props.run(() => resumeOrder(props.order._id), '已恢复办理')}
      >
        {props.taker ? '恢复办理' : '我方便了，请继续办理'}
      </Button>
    </>
  );
}
