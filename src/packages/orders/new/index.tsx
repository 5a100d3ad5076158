/**
 * 我要点单: pick what kind of help (five big buttons), say what is needed, add photos if you like;
 * where and how to reach you come prefilled from the profile. Submitting opens the new order.
 * One requestId per submission, kept across retries, so a double tap never files twice.
 */
import { View } from '@tarojs/components';
import { useResource } from '@/features/resource';
import { session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { OrderForm } from './OrderForm';
import './index.scss';

export default function NewOrderPage() {
  const text = useTextSize();
  const me = useResource(session);
  return (
    <View className={text.className}>
      {me.data ? (
        <OrderForm key={me.data.user._id} user={me.data.user} elder={text.elder} />
      ) : me.status === 'error' ? (
        <ErrorView error={me.error} onRetry={() => void session.load(true)} />
      ) : (
        <LoadingView />
      )}
    </View>
  );
}
