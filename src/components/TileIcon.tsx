/** Tile icon names (src/features/workbench.ts) → NutUI icons (SVG masks, no font download). */
import {
  ArrowTransfer,
  Checklist,
  Clock,
  Comment,
  Edit,
  Gift,
  Heart,
  Apps,
  List,
  Notice,
  Order,
  Orderlist,
  People,
  Phone,
  Retweet,
  Reward,
  Scan,
  Service,
  Shop,
  Shopping,
  Tips,
  Location,
  Store,
} from '@nutui/icons-react-taro';
import type { TileIcon as TileIconName } from '@/features/workbench';

const ICONS: Record<TileIconName, typeof Phone> = {
  phone: Phone,
  order: Order,
  list: Orderlist,
  points: Gift,
  notice: Notice,
  meeting: Comment,
  grab: Service,
  task: Checklist,
  dispatch: Retweet,
  all: List,
  mall: Shop,
  org: Apps,
  post: Edit,
  proxy: People,
  transfer: ArrowTransfer,
  scan: Scan,
  clock: Clock,
  shopping: Shopping,
  board: Reward,
  rectify: Tips,
  grid: Location,
  place: Store,
  wish: Heart,
};

export function TileIcon({ name, size, color }: { name: TileIconName; size: number; color?: string }) {
  const Icon = ICONS[name];
  return <Icon size={size} color={color} />;
}
