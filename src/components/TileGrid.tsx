/**
 * Tiles of one section of the 工作台. A ready tile opens its page; a tile for a feature not built
 * yet says 即将上线 and answers a tap with a toast, never a broken page.
 */
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { Tile } from '@/features/workbench';
import { TileIcon } from './TileIcon';
import './TileGrid.scss';

export function openTile(tile: Tile): void {
  if (tile.ready && tile.url) {
    void Taro.navigateTo({ url: tile.url });
    return;
  }
  void Taro.showToast({ title: `「${tile.title}」即将上线，敬请期待`, icon: 'none', duration: 2000 });
}

export function TileGrid({ tiles, elder }: { tiles: Tile[]; elder: boolean }) {
  return (
    <View className={elder ? 'tile-grid tile-grid--list' : 'tile-grid'}>
      {tiles.map((t) => (
        <View key={t.key} className={t.ready ? 'tile' : 'tile tile--soon'} onClick={() => openTile(t)}>
          <View className="tile__icon">
            <TileIcon name={t.icon} size={elder ? 32 : 26} color="#c8161d" />
          </View>
          <View className="tile__body">
            <Text className="tile__title">{t.title}</Text>
            <Text className="tile__desc">{t.desc}</Text>
          </View>
          {!t.ready && <Text className="tile__badge">即将上线</Text>}
        </View>
      ))}
    </View>
  );
}
