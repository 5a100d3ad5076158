/**
 * The three states every page has besides "here is your data": loading, error (with a retry and
 * a clear Chinese message), and empty. Big type, one obvious button.
 */
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Empty } from '@nutui/nutui-react-taro';
import type { AppError } from '../../types/envelope';
import { errorText } from '@/features/errors';
import './StatusView.scss';

export function LoadingView({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="status-view" aria-busy="true">
      <View className="status-view__spinner" />
      <Text className="status-view__text">{text}</Text>
    </View>
  );
}

export function ErrorView(props: { error: AppError | undefined; onRetry?: () => void; children?: ReactNode }) {
  return (
    <View className="status-view" role="alert">
      <Text className="status-view__title">出错了</Text>
      <Text className="status-view__text">{errorText(props.error)}</Text>
      {props.onRetry && (
        <Button className="status-view__button" type="primary" size="large" onClick={props.onRetry}>
          再试一次
        </Button>
      )}
      {props.children}
    </View>
  );
}

/**
 * NutUI Empty, with a drawn mark instead of its default picture: that one is fetched from a
 * third-party CDN (storage.360buyimg.com) on every empty list.
 */
export function EmptyView(props: { text: string; children?: ReactNode }) {
  return (
    <Empty
      className="status-view status-view--empty"
      image={<View className="status-view__mark" />}
      description={<Text className="status-view__text">{props.text}</Text>}
    >
      {props.children}
    </Empty>
  );
}
