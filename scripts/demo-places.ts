/**
 * Demo 服务阵地 around the demo community (issue 15), so a newcomer sees the 15分钟便民服务圈 right
 * after `npm start`: a 党群服务中心, 红色驿站, a 党员服务站, 便民网点 and two 商家 within a few minutes'
 * walk, and one 红色驿站 by the river beyond the circle. Buildings 1–3 have their location; 4号楼 has
 * none yet, as in a community still mapping its buildings (the circle page asks for it).
 * Coordinates are GCJ-02, as WeChat's map gives them.
 */
import type { PlaceInput } from '../types/places';
import { DEMO_COMMUNITY } from '../types/demo';
import type { SeedTarget } from './demo-seed';
import { DEMO_PLACE_MERCHANTS } from './demo-merchants';

export const DEMO_BUILDING_LOCATIONS: Record<string, { lat: number; lng: number }> = {
  'b-demo-1-1': { lat: 30.2801, lng: 120.1601 },
  'b-demo-1-2': { lat: 30.2806, lng: 120.1609 },
  'b-demo-2-1': { lat: 30.2794, lng: 120.1622 },
};

const ALL_DAY = '每天 8:00-20:00';
export const DEMO_PLACES: (PlaceInput & { _id: string })[] = [
  {
    _id: 'place-demo-center',
    name: '示范社区党群服务中心',
    type: 'party_center',
    address: '幸福路 18 号',
    location: { lat: 30.2812, lng: 120.1615 },
    hours: '工作日 8:30-17:30，周六 9:00-12:00',
    services: ['政策咨询', '代办服务', '活动室', '会议室', '休息饮水'],
    phone: '0571-88886666',
  },
  {
    _id: 'place-demo-station-1',
    name: '红色驿站（幸福路）',
    type: 'red_station',
    address: '幸福路与和睦街路口',
    location: { lat: 30.2787, lng: 120.1584 },
    hours: ALL_DAY,
    services: ['休息饮水', '手机充电', '应急药箱', '活动室'],
  },
  {
    _id: 'place-demo-post',
    name: '党员服务站（3号楼下）',
    type: 'party_post',
    address: '示范社区 3 号楼一楼',
    location: { lat: 30.2795, lng: 120.1641 },
    hours: '每天 9:00-17:00',
    services: ['代办服务', '维修', '快递代收'],
  },
  {
    _id: 'place-demo-convenience',
    name: '邻里便民服务点',
    type: 'convenience',
    address: '和睦街 6 号',
    location: { lat: 30.2829, lng: 120.1572 },
    hours: ALL_DAY,
    services: ['助餐', '快递代收', '家政'],
    phone: '13600000021',
  },
  {
    _id: 'place-demo-barber',
    name: '老张理发店',
    type: 'merchant',
    address: '幸福路 25 号',
    location: { lat: 30.2771, lng: 120.1626 },
    hours: '每天 8:00-19:00',
    services: ['理发', '老年人优惠'],
    phone: '13600000022',
  },
  {
    _id: 'place-demo-repair',
    name: '好邻居维修铺',
    type: 'merchant',
    address: '和睦街 30 号',
    location: { lat: 30.2848, lng: 120.1661 },
    hours: '每天 9:00-18:00',
    services: ['维修', '老年人优惠'],
    phone: '13600000023',
  },
  {
    _id: 'place-demo-clinic',
    name: '社区卫生服务站',
    type: 'convenience',
    address: '和睦街 2 号',
    location: { lat: 30.2752, lng: 120.1533 },
    hours: '每天 8:00-17:00',
    services: ['医疗', '应急药箱'],
    phone: '0571-88887777',
  },
  {
    _id: 'place-demo-station-river',
    name: '红色驿站（滨河公园）',
    type: 'red_station',
    address: '滨河公园东门',
    location: { lat: 30.2905, lng: 120.1768 },
    hours: ALL_DAY,
    services: ['休息饮水', '手机充电'],
  },
];

export async function seedDemoPlaces(store: SeedTarget, now: Date): Promise<void> {
  await store.insertMany(
    'places',
    DEMO_PLACES.map((p) => ({
      ...p,
      ...DEMO_PLACE_MERCHANTS[p._id],
      communityId: DEMO_COMMUNITY._id,
      photos: [],
      createdAt: now,
      updatedAt: now,
    })),
  );
}
