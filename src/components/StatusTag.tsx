/**
 * A status as a coloured pill (NutUI Tag) in the one palette (./status.ts): 待派单, 办理中, 已兑换,
 * 已采纳, 已超期… `big` for the head of a detail page. Sizes follow the text tier (长辈模式 too).
 */
import type { ReactNode } from 'react';
import { Tag } from '@nutui/nutui-react-taro';
import { STATUS_PALETTE, type StatusTone } from './status';
import './StatusTag.scss';

export function StatusTag(props: { tone: StatusTone; big?: boolean; className?: string; children: ReactNode }) {
  const { color, background } = STATUS_PALETTE[props.tone];
  const classes = [
    'status-tag',
    `status-tag--${props.tone}`,
    props.big ? 'status-tag--big' : '',
    props.className ?? '',
  ];
  return (
    <Tag className={classes.filter(Boolean).join(' ')} round color={color} background={background}>
      {props.children}
    </Tag>
  );
}
