/** The one cloud caller: H5 posts to /cloud/<name> as the dev sign-in; weapp uses wx.cloud. */
import Taro from '@tarojs/taro';
import { callCloud, NETWORK_FAILURE } from '../../src/services/cloud';
import { setDevOpenid } from '../../src/services/identity';
import { resetTaroStub } from './stubs/taro';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));

const realEnv = process.env.TARO_ENV;
const fetchMock = jest.fn();

beforeEach(() => {
  resetTaroStub();
  fetchMock.mockReset();
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  process.env.TARO_ENV = 'h5';
});
afterAll(() => {
  process.env.TARO_ENV = realEnv;
});

const reply = (body: unknown, status = 200) => ({ status, json: async () => body });

test('H5 posts the event as JSON with the signed-in openid', async () => {
  setDevOpenid('demo-resident-1');
  fetchMock.mockResolvedValue(reply({ ok: true, data: { n: 1 } }));
  await expect(callCloud('user', { action: 'login' })).resolves.toEqual({ ok: true, data: { n: 1 } });
  const [url, init] = fetchMock.mock.calls[0];
  expect(url).toBe('/cloud/user');
  expect(init.method).toBe('POST');
  expect(init.headers).toEqual({ 'content-type': 'application/json', 'x-openid': 'demo-resident-1' });
  expect(JSON.parse(init.body)).toEqual({ action: 'login' });
});

test('a failure envelope comes through as is, even with an error status', async () => {
  fetchMock.mockResolvedValue(reply({ ok: false, error: { code: 'PERMISSION_DENIED', message: '不行' } }, 403));
  await expect(callCloud('org', { action: 'tree' })).resolves.toEqual({
    ok: false,
    error: { code: 'PERMISSION_DENIED', message: '不行' },
  });
});

test("a refusal's reason reaches the page with its code and message", async () => {
  const refused = { code: 'CONFLICT', message: '来晚了，这单已被其他人接走', reason: 'ORDER_ALREADY_TAKEN' };
  fetchMock.mockResolvedValue(reply({ ok: false, error: refused }, 409));
  await expect(callCloud('orders', { action: 'grab', orderId: 'o1' })).resolves.toEqual({ ok: false, error: refused });
});

test('a dropped network becomes a calm INTERNAL failure', async () => {
  fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
  await expect(callCloud('user', { action: 'login' })).resolves.toEqual(NETWORK_FAILURE);
  expect(NETWORK_FAILURE).toEqual({ ok: false, error: { code: 'INTERNAL', message: '网络不给力，请稍后再试' } });
});

test('an answer that is not an envelope (e.g. an HTML error page) is a failure too', async () => {
  fetchMock.mockResolvedValue({ status: 502, json: async () => Promise.reject(new SyntaxError('Unexpected token <')) });
  await expect(callCloud('user', { action: 'login' })).resolves.toEqual(NETWORK_FAILURE);
  fetchMock.mockResolvedValue(reply({ hello: 'world' }));
  await expect(callCloud('user', { action: 'login' })).resolves.toEqual(NETWORK_FAILURE);
});

test('weapp calls wx.cloud.callFunction and answers its result', async () => {
  process.env.TARO_ENV = 'weapp';
  const call = Taro.cloud.callFunction as unknown as jest.Mock;
  call.mockResolvedValue({ result: { ok: true, data: 'hi' }, errMsg: 'cloud.callFunction:ok' });
  await expect(callCloud('user', { action: 'login' })).resolves.toEqual({ ok: true, data: 'hi' });
  expect(call).toHaveBeenCalledWith({ name: 'user', data: { action: 'login' } });
  expect(fetchMock).not.toHaveBeenCalled();
  call.mockRejectedValue(new Error('cloud.callFunction:fail -404011'));
  await expect(callCloud('user', { action: 'login' })).resolves.toEqual(NETWORK_FAILURE);
});
