/**
 * @jest-environment jsdom
 *
 * Smoke test of 服务阵地 and 商家 (issue 15) in the real mini-program build (dist/weapp, the places
 * subpackage): the list keeps the function's nearest-first order with walks and the 15分钟 badge,
 * and 导航过去 opens WeChat's map (wx.openLocation) at that place's coordinates; 预约场地 books a free
 * slot through the confirm sheet as `bookings.book`; 我的店铺 shows the merchant's service code (big
 * type and QR); 商家服务 confirms a service with a typed code as `merchants.confirm`. Replies are typed
 * by types/, and every call is parsed by the function's own event schema. The mini-program's own
 * path, which the H5 e2e cannot reach, is covered too: 扫商家服务码确认 reads the code with wx.scanCode.
 */
import type { BookingView, DayAnswer, RoomView } from '../../types/bookings';
import { bookingsEventSchema } from '../../types/bookings';
import type { CodeView, ConfirmationView, MyShop, ShopView } from '../../types/merchants';
import { merchantsEventSchema } from '../../types/merchants';
import type { PlaceView } from '../../types/places';
import { placesEventSchema } from '../../types/places';
import { loginResultSchema } from '../../types/user';
import {
  findWithText,
  loadApp,
  renderPage,
  tap,
  textOf,
  typeInto,
  waitFor,
  waitForText,
  watchMissingTemplates,
} from './harness';

type Page = ReturnType<typeof renderPage>;

const calls: { name: string; data: Record<string, unknown> }[] = [];
const opened: Record<string, unknown>[] = [];
const scans: Record<string, unknown>[] = [];

const LOGIN = loginResultSchema.parse({
  user: { _id: 'u-1', name: '周桂兰', phone: '13900000001', buildingId: 'b-demo-1-1', room: '302' },
  roles: [
    { role: 'resident', scope: { buildingId: 'b-demo-1-1' } },
    { role: 'merchant', scope: { communityId: 'c-demo' } },
  ],
  community: { _id: 'c-demo', name: '示范社区' },
});

// As the function answers: nearest first, measured from the person's building.
const STATION: PlaceView = {
  _id: 'p-station',
  name: '幸福里红色驿站',
  type: 'red_station',
  typeLabel: '红色驿站',
  address: '幸福路 18 号',
  location: { lat: 30.2741, lng: 120.1551 },
  hours: '每天 8:00-20:00',
  services: ['休息饮水', '活动室', '应急药箱'],
  phone: '0571-88886666',
  distanceMeters: 280,
  walkMinutes: 4,
  inCircle: true,
};
const BARBER: PlaceView = {
  _id: 'p-barber',
  name: '老街坊理发店',
  type: 'merchant',
  typeLabel: '商家',
  address: '幸福路 52 号',
  location: { lat: 30.2802, lng: 120.1633 },
  hours: '9:00-19:00',
  services: ['理发', '老年人优惠'],
  hasMerchant: true,
  trusted: true,
  distanceMeters: 1350,
  walkMinutes: 19,
  inCircle: false,
};

const ROOM: RoomView = {
  _id: 'room-1',
  placeId: 'p-station',
  name: '多功能活动室',
  capacity: 30,
  opens: '09:00',
  closes: '12:00',
  slotMinutes: 60,
  daysAhead: 7,
};
const DAY: DayAnswer = {
  place: { _id: 'p-station', name: '幸福里红色驿站' },
  rooms: [ROOM],
  room: ROOM,
  days: ['2026-12-03', '2026-12-04', '2026-12-05'],
  day: '2026-12-04',
  slots: [
    { start: '09:00', end: '10:00', state: 'taken' },
    { start: '10:00', end: '11:00', state: 'free' },
    { start: '11:00', end: '12:00', state: 'blocked', reason: '社区活动占用' },
  ],
};
const BOOKED: BookingView = {
  _id: 'bk-1',
  placeId: 'p-station',
  placeName: '幸福里红色驿站',
  roomId: 'room-1',
  roomName: '多功能活动室',
  day: '2026-12-04',
  start: '10:00',
  end: '11:00',
  status: 'booked',
  purpose: '广场舞排练',
  headcount: 1,
};

const HAIRCUT = {
  _id: 'svc-1',
  title: '老人免费理发',
  description: '每周三上午，60岁以上凭身份证',
  audience: 'elderly' as const,
  audienceLabel: '60岁以上老人',
  points: 5,
};
const SHOP: ShopView = {
  placeId: 'p-barber',
  name: '老街坊理发店',
  trusted: true,
  hasMerchant: true,
  // one photo of the shop, so the photo grid renders on weapp too
  photos: ['cloud://prod-1a2b.7072-prod-1a2b-1300000000/places/u_barber/2026-12/front.jpg'],
  services: [{ ...HAIRCUT, confirmedToday: false }],
};
const MY_SHOP: MyShop = {
  placeId: 'p-barber',
  name: '老街坊理发店',
  typeLabel: '商家',
  trusted: true,
  page: { hours: '9:00-19:00', services: ['理发', '老年人优惠'] },
  services: [HAIRCUT],
  pointsEarned: 35,
  record: { confirmations: 7, ratings: 4, averageRating: 4.8, openComplaints: 0 },
};
const CODE: CodeView = {
  code: 'K7M3QZ',
  refreshAt: new Date(Date.now() + 10 * 60_000).toISOString(),
  path: '/packages/places/shop/index?id=p-barber&code=K7M3QZ',
};
const CONFIRMATION: ConfirmationView = {
  _id: 'cf-1',
  serviceTitle: '老人免费理发',
  residentName: '周**',
  at: '2026-12-02T02:30:00.000Z',
  rating: 5,
  points: 5,
  complaintOpen: false,
};

const INVALID = { code: 'INVALID_ARGUMENT', message: '填写的内容有误，请检查后再试' };
// The function parses every event first: a page sending anything else is refused, as in production.
const SCHEMAS = { places: placesEventSchema, bookings: bookingsEventSchema, merchants: merchantsEventSchema };
const templates = watchMissingTemplates();

function answer(name: string, data: Record<string, unknown>): unknown {
  if (name === 'user' && data.action === 'login') return { ok: true, data: LOGIN };
  const schema = SCHEMAS[name as keyof typeof SCHEMAS];
  if (!schema) return { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
  if (!schema.safeParse(data).success) return { ok: false, error: INVALID };
  const replies: Record<string, unknown> = {
    'places.list': { items: [STATION, BARBER] },
    'bookings.slots': DAY,
    'bookings.book': { booking: BOOKED },
    'merchants.mine': { shops: [MY_SHOP] },
    'merchants.code': CODE,
    'merchants.confirmations': { items: [CONFIRMATION] },
    'merchants.shop': SHOP,
    // Once per service a day: the second confirmation is counted once, and says so.
    'merchants.confirm': {
      confirmed: true,
      already: calls.filter((c) => c.data.action === 'confirm').length > 1,
      confirmation: { ...CONFIRMATION, _id: 'cf-2' },
    },
  };
  const reply = replies[`${name}.${String(data.action)}`];
  return reply ? { ok: true, data: reply } : { ok: false, error: { code: 'NOT_FOUND', message: '找不到要查看的内容' } };
}

/** Taps a choice and waits until it shows as chosen, so the next tap's handler sees it. */
async function choose(page: Page, selector: string, text: string, onClass: string): Promise<void> {
  await tap(findWithText(page, selector, text));
  await waitFor(() => page.querySelectorAll(`.${onClass}`).some((n) => textOf(n).includes(text)), `${text} chosen`);
}

beforeAll(() => {
  loadApp((name, data) => {
    calls.push({ name, data });
    return answer(name, data);
  });
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.openLocation = (opts: Record<string, unknown> & { success?: (r: unknown) => void }) => {
    const { success, fail, complete, ...asked } = opts;
    void fail;
    void complete;
    opened.push(asked);
    success?.({ errMsg: 'openLocation:ok' });
  };
  // The camera reads the merchant's QR code: it holds the confirm page's link with place and code.
  wx.scanCode = (opts: Record<string, unknown> & { success?: (r: unknown) => void }) => {
    const { success, fail, complete, ...asked } = opts;
    void fail;
    void complete;
    scans.push(asked);
    success?.({ result: CODE.path, scanType: 'QR_CODE', errMsg: 'scanCode:ok' });
  };
  wx.showToast = (opts: { success?: () => void }) => opts.success?.();
  wx.stopPullDownRefresh = () => undefined;
});

afterAll(() => templates.stop());

test('服务阵地: nearest first with the walk; 导航过去 opens the map at that place', async () => {
  const page = renderPage('packages/places/list/index');
  await waitForText(page, '老街坊理发店');
  const cards = page.querySelectorAll('.place-card');
  expect(page.querySelectorAll('.place-card__name').map(textOf)).toEqual(['幸福里红色驿站', '老街坊理发店']);
  for (const words of ['步行约 4 分钟 · 280 米', '15分钟内', '地址：幸福路 18 号', '开放：每天 8:00-20:00', '打电话'])
    expect(textOf(cards[0])).toContain(words);
  expect(textOf(cards[0])).toContain('预约活动室 / 会议室');
  expect(textOf(cards[1])).toContain('步行约 19 分钟 · 1.4 公里');
  expect(textOf(cards[1])).not.toContain('15分钟内');
  expect(textOf(cards[1])).toContain('社区信得过');
  expect(textOf(page)).toContain('按您所住楼栋计算距离');

  // (the simulator finds nodes from the page only: the second card's button is the second 导航过去)
  const go = page.querySelectorAll('.place-card__go');
  expect(go.map(textOf)).toEqual(['导航过去', '导航过去']);
  await tap(go[1]);
  expect(opened).toEqual([
    { latitude: 30.2802, longitude: 120.1633, name: '老街坊理发店', address: '幸福路 52 号', scale: 17 },
  ]);
  expect(calls.find((c) => c.name === 'places')?.data).toEqual({ action: 'list' });
});

test('预约场地: a free slot → the sheet → 确认预约 calls bookings.book, and 预约成功 shows the slot', async () => {
  const page = renderPage('packages/places/book/index', { placeId: 'p-station' });
  await waitForText(page, '多功能活动室 · 可容纳 30 人 · 09:00-12:00 开放 · 可提前 7 天预约');
  for (const words of ['今天', '明天', '12月4日', '已约', '社区活动占用']) expect(textOf(page)).toContain(words);
  // 已约 and 不可约 slots do not open the sheet.
  await tap(findWithText(page, '.slot', '09:00-10:00'));
  expect(textOf(page)).not.toContain('确认预约');
  await tap(findWithText(page, '.slot', '10:00-11:00'));
  await waitForText(page, '预约多功能活动室');
  expect(textOf(page)).toContain('12月4日 周五 10:00-11:00');
  await typeInto(page, page.querySelector('.booking-purpose .nut-input-native'), '广场舞排练');
  await tap(findWithText(page, '.sheet-dialog__confirm', '确认预约'));
  await waitForText(page, '预约成功');
  expect(calls.filter((c) => c.data.action === 'book').map((c) => c.data)).toEqual([
    { action: 'book', roomId: 'room-1', day: '2026-12-04', start: '10:00', purpose: '广场舞排练', headcount: 1 },
  ]);
  expect(textOf(page.querySelector('.booking-done'))).toContain('幸福里红色驿站 多功能活动室');
  expect(calls.find((c) => c.data.action === 'slots')?.data).toEqual({ action: 'slots', placeId: 'p-station' });
});

test('我的店铺 shows the service code in big type and as a QR code, points and confirmations', async () => {
  const page = renderPage('packages/places/my-shop/index');
  await waitForText(page, 'K7M3QZ');
  expect(textOf(page.querySelector('.merchant-code__text'))).toBe('K7M3QZ');
  expect(page.querySelectorAll('.qr-code__row').length).toBeGreaterThan(20);
  for (const words of ['老街坊理发店', '社区信得过', '服务码每 10 分钟更换', '便民服务积分', '近半年服务', '4.8'])
    expect(textOf(page)).toContain(words);
  expect(textOf(page.querySelector('.merchant-points'))).toBe('35');
  await waitForText(page, '周** · 老人免费理发 +5 积分');
  expect(textOf(page)).toContain('每次确认 +5 便民服务积分');
  expect(calls.find((c) => c.data.action === 'code')?.data).toEqual({ action: 'code', placeId: 'p-barber' });
});

test('商家服务: choose the service, type the code, 确认已享受服务 calls merchants.confirm', async () => {
  const page = renderPage('packages/places/shop/index', { id: 'p-barber' });
  await waitForText(page, '老人免费理发');
  for (const words of ['社区信得过', '60岁以上老人', '确认后商家得 5 便民服务积分', '扫商家服务码确认'])
    expect(textOf(page)).toContain(words);
  await choose(page, '.service-card', '老人免费理发', 'service-card--on');
  // Typed as it comes; the field shows it in capitals.
  await typeInto(page, page.querySelector('.merchant-code-input .nut-input-native'), 'k7m3qz', 'K7M3QZ');
  await choose(page, '.chip', '5 星', 'chip--on');
  await tap(findWithText(page, '.confirm-service', '确认已享受服务'));
  await waitForText(page, '已确认，谢谢您！商家获得了便民服务积分。');
  expect(calls.filter((c) => c.data.action === 'confirm').map((c) => c.data)).toEqual([
    { action: 'confirm', placeId: 'p-barber', serviceId: 'svc-1', code: 'K7M3QZ', rating: 5 },
  ]);
});

test("商家服务 on weapp: 扫商家服务码确认 reads the QR code's link and confirms with its code", async () => {
  const page = renderPage('packages/places/shop/index', { id: 'p-barber' });
  await waitForText(page, '老人免费理发');
  await choose(page, '.service-card', '老人免费理发', 'service-card--on');
  await tap(findWithText(page, '.full-button', '扫商家服务码确认'));
  await waitForText(page, '今天已经确认过这项服务了，谢谢！');
  expect(scans).toEqual([{ onlyFromCamera: true, scanType: ['qrCode'] }]);
  expect(calls.filter((c) => c.data.action === 'confirm').map((c) => c.data)[1]).toEqual({
    action: 'confirm',
    placeId: 'p-barber',
    serviceId: 'svc-1',
    code: 'K7M3QZ',
  });
});

test('every node of the rendered places pages has a weapp template', () => {
  expect(templates.found).toEqual([]);
});
