/**
 * Tiles of one section of the 工作台; each opens its page. A work tile first asks for the messages
 * that page's work brings (features/notices/work-consent.ts): WeChat's prompt needs a tap, and
 * this is the tap that leads to the work.
 */
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { Tile } from '@/features/workbench';
import type { SubscribeKind } from '../../types/notices';
import { askAlongTheWay } from '@/features/notices/subscribe';
import { TileIcon } from './TileIcon';
import './TileGrid.scss';

export function openTile(tile: Tile, consent: SubscribeKind[] = []): void {
  const url = tile.url;
  if (!url) return;
  if (consent.length === 0) {
    void Taro.navigateTo({ url });
    return;
  }
  void askAlongTheWay(consent).finally(() => void Taro.navigateTo({ url }));
}

/**
 * `counts`: how many wait on a tile's page, by tile key; a number shows on the tile when above 0.
 * `consent`: the messages to ask for on a tile's tap, by tile key (none: it just opens).
 */
export function TileGrid({
  tiles,
  elder,
  counts = {},
  consent = {},
}: {
  tiles: Tile[];
  elder: boolean;
  counts?: Record<string, number>;
  consent?: Record<string, SubscribeKind[]>;
}) {
  return (
    <View className={elder ? 'tile-grid tile-grid--list' : 'tile-grid'}>
      {tiles.map((t) => (
        <View key={t.key} className="tile" onClick={() => openTile(t, consent[t.key])}>
          <View className="tile__icon">
            <TileIcon name={t.icon} size={elder ? 32 : 26} color="#c8161d" />
          </View>
          <View className="tile__body">
            <Text className="tile__title">
              {t.title}
              {(counts[t.key] ?? 0) > 0 && <Text className="tile__count">{counts[t.key]}</Text>}
            </Text>
            <Text className="tile__desc">{t.desc}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
