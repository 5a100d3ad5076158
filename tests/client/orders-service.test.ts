/** The `orders` and storage services: the events they send, and idempotent retries of one submission. */
import Taro from '@tarojs/taro';
import { completeOrder, listOrders, rateOrder, submitOneTap, submitOrder } from '../../src/services/orders';
import { choosePhotos, photoSrc, uploadPhoto } from '../../src/services/storage';
import { setDevOpenid } from '../../src/services/identity';
import { requestIdKeeper } from '../../src/features/orders/request-id';
import { session } from '../../src/features/session';
import type { LoginResult } from '../../types/user';
import { resetTaroStub } from './stubs/taro';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));

const realEnv = process.env.TARO_ENV;
const fetchMock = jest.fn();
const sent = () => fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body));
const reply = (body: unknown, status = 200) => ({ status, json: async () => body });

beforeEach(() => {
  resetTaroStub();
  fetchMock.mockReset();
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  process.env.TARO_ENV = 'h5';
  setDevOpenid('demo-resident-1');
});
afterAll(() => {
  process.env.TARO_ENV = realEnv;
});

test('a retry after a dropped network sends the same requestId, so the order is filed once', async () => {
  fetchMock
    .mockRejectedValueOnce(new TypeError('Failed to fetch'))
    .mockResolvedValueOnce(reply({ ok: true, data: { order: {} } }));
  const keeper = requestIdKeeper();
  const fields = { category: 'elderly' as const, content: '水管漏水', buildingId: 'b-demo-1-1' };
  const first = await submitOrder({ requestId: keeper.current(), ...fields });
  expect(first.ok).toBe(false);
  const second = await submitOrder({ requestId: keeper.current(), ...fields });
  expect(second.ok).toBe(true);
  const [a, b] = sent();
  expect(a).toEqual({ action: 'submit', requestId: a.requestId, ...fields });
  expect(b.requestId).toBe(a.requestId);
});

test('一键发单 sends only oneTap and the requestId', async () => {
  fetchMock.mockResolvedValue(reply({ ok: true, data: { order: {} } }));
  await submitOneTap('abc123');
  expect(sent()[0]).toEqual({ action: 'submit', requestId: 'abc123', oneTap: true });
});

test('optional fields are left out rather than sent empty', async () => {
  fetchMock.mockResolvedValue(reply({ ok: true, data: { items: [] } }));
  await listOrders({ view: 'mine' });
  await listOrders({ view: 'community', status: 'submitted', cursor: '1.o_x' });
  await rateOrder('o_1', 5);
  await completeOrder('o_1', '已修好', []);
  expect(sent()).toEqual([
    { action: 'list', view: 'mine' },
    { action: 'list', view: 'community', status: 'submitted', cursor: '1.o_x' },
    { action: 'rate', orderId: 'o_1', score: 5 },
    { action: 'complete', orderId: 'o_1', note: '已修好' },
  ]);
});

test('H5 uploads the picked file raw to /storage/upload as the signed-in person', async () => {
  const file = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
  fetchMock.mockResolvedValue(reply({ ok: true, data: { fileId: 'local://uploads/abc.png' } }));
  await expect(uploadPhoto({ path: 'blob:x', file })).resolves.toEqual({
    ok: true,
    data: { fileId: 'local://uploads/abc.png' },
  });
  const [url, init] = fetchMock.mock.calls[0];
  expect(url).toBe('/storage/upload');
  expect(init.headers).toEqual({ 'content-type': 'image/png', 'x-openid': 'demo-resident-1' });
  expect(init.body).toBe(file);
});

test('a failed upload is a calm message, never a throw', async () => {
  fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
  await expect(uploadPhoto({ path: 'blob:x', file: new Blob([]) })).resolves.toEqual({
    ok: false,
    error: { code: 'INTERNAL', message: '图片上传失败，请重试' },
  });
});

test("weapp uploads through wx.cloud.uploadFile into the uploader's own folder and answers its cloud:// fileID", async () => {
  process.env.TARO_ENV = 'weapp';
  const upload = Taro.cloud.uploadFile as unknown as jest.Mock;
  // Not signed in yet: no folder of one's own, so nothing is uploaded.
  session.reset();
  await expect(uploadPhoto({ path: 'wxfile://tmp/abc.jpg' })).resolves.toMatchObject({ ok: false });
  expect(upload).not.toHaveBeenCalled();
  const me = { _id: 'u_me', name: '我', phone: '', buildingId: '', room: '' };
  session.set({ user: me, roles: [], community: { _id: 'c1', name: '社区' } } satisfies LoginResult);
  upload.mockResolvedValue({ fileID: 'cloud://env/orders/2025-05/x.jpg' });
  await expect(uploadPhoto({ path: 'wxfile://tmp/abc.jpg' })).resolves.toEqual({
    ok: true,
    data: { fileId: 'cloud://env/orders/2025-05/x.jpg' },
  });
  expect(upload.mock.calls[0][0].cloudPath).toMatch(/^orders\/u_me\/\d{4}-\d{2}\/[a-z0-9]+\.jpg$/);
  expect(upload.mock.calls[0][0].filePath).toBe('wxfile://tmp/abc.jpg');
  expect(fetchMock).not.toHaveBeenCalled();
});

test('choosing photos: a cancel is an empty choice; H5 keeps the File for the upload', async () => {
  const choose = Taro.chooseMedia as unknown as jest.Mock;
  choose.mockRejectedValueOnce({ errMsg: 'chooseMedia:fail cancel' });
  await expect(choosePhotos(9)).resolves.toEqual([]);
  const file = new Blob([]);
  choose.mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:1', originalFileObj: file }] });
  await expect(choosePhotos(2)).resolves.toEqual([{ path: 'blob:1', file }]);
  expect(choose.mock.calls[1][0]).toMatchObject({ count: 2, mediaType: ['image'], sourceType: ['album'] });
  await expect(choosePhotos(0)).resolves.toEqual([]);
});

test('stored ids become something an <Image> can show', () => {
  expect(photoSrc('local://uploads/abc.png')).toBe('/storage/uploads/abc.png');
  expect(photoSrc('cloud://env/orders/x.jpg')).toBe('cloud://env/orders/x.jpg');
});
