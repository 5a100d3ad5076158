/** Tiles of one section of the 工作台; each opens its page. */
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { Tile } from '@/features/workbench';
import { TileIcon } from './TileIcon';
import './TileGrid.scss';

export function openTile(tile: Tile): void {
  if (tile.url) void Taro.navigateTo({ url: tile.url });
}

/** `counts`: how many wait on a tile's page, by tile key; a number shows on the tile when above 0. */
export function TileGrid({
  tiles,
  elder,
  counts = {},
}: {
  tiles: Tile[];
  elder: boolean;
  counts?: Record<string, number>;
}) {
  return (
    <View className={elder ? 'tile-grid tile-grid--list' : 'tile-grid'}>
      {tiles.map((t) => (
        <View key={t.key} className="tile" onClick={() => openTile(t)}>
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
