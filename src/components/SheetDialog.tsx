/**
 * A bottom sheet that asks one thing: a title, a few words or form fields, and two big buttons.
 * Used for 一键求助 (sent, with 撤回), 撤销, and the 派单 choices. The confirm button shows a spinner and
 * stays disabled while the action runs, so a second tap cannot act twice.
 */
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import './SheetDialog.scss';

export interface SheetDialogProps {
  visible: boolean;
  title: string;
  children?: ReactNode;
  confirmText?: string;
  cancelText?: string;
  busy?: boolean;
  /** An error from the last try, shown above the buttons (the sheet stays open for a retry). */
  error?: string;
  /** false: a tap beside the sheet does nothing (when 取消 would undo something, it must be meant). */
  dismissible?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function SheetDialog(props: SheetDialogProps) {
  const cancel = () => {
    if (!props.busy) props.onCancel();
  };
  return (
    <Popup
      visible={props.visible}
      position="bottom"
      round
      closeOnOverlayClick={!props.busy && props.dismissible !== false}
      onClose={cancel}
    >
      <View className="sheet-dialog">
        <Text className="sheet-dialog__title">{props.title}</Text>
        {props.children}
        {props.error && <Text className="sheet-dialog__error">{props.error}</Text>}
        <View className="sheet-dialog__actions">
          <Button
            className="sheet-dialog__button sheet-dialog__cancel"
            size="large"
            disabled={props.busy}
            onClick={cancel}
          >
            {props.cancelText ?? '取消'}
          </Button>
          <Button
            className="sheet-dialog__button sheet-dialog__confirm"
            type="primary"
            size="large"
            loading={props.busy}
            disabled={props.busy}
            onClick={props.onConfirm}
          >
            {props.confirmText ?? '确定'}
          </Button>
        </View>
      </View>
    </Popup>
  );
}
