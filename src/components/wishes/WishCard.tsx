/**
 * One wish on a list: status, what, for whom as the public card says it ("1号楼一位老人"), by when.
 * Never a name, room or phone: list items carry none (cloudfunctions/wishes/view.ts).
 */
import { View, Text } from '@tarojs/components';
import type { WishView } from '../../../types/wishes';
import { StatusTag } from '../StatusTag';
import { WISH_TONES } from '../status';
import './wishes.scss';

export function WishCard(props: { wish: WishView; onOpen(wish: WishView): void }) {
  const { wish } = props;
  return (
    <View className="card wish-card" onClick={() => props.onOpen(wish)}>
      <View className="wish-card__head">
        <StatusTag tone={WISH_TONES[wish.status]} className="wish-status">
          {wish.statusLabel}
        </StatusTag>
        <Text className="wish-card__who">{wish.who}</Text>
      </View>
      <Text className="wish-card__title">{wish.title}</Text>
      <Text className="wish-card__desc">{wish.description}</Text>
      <Text className="wish-card__meta">
        希望 {wish.dueDate} 前完成{wish.postedByLeader ? ' · 楼栋长代发' : ''}
      </Text>
    </View>
  );
}
