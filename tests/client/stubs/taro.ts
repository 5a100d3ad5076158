/**
 * A stand-in for @tarojs/taro in jest: in-memory storage, a real event bus, and jest.fn()s for the
 * navigation, toast and cloud calls a test wants to observe. Use with
 * `jest.mock('@tarojs/taro', () => require('./stubs/taro'))`.
 */
type Listener = (...args: unknown[]) => void;

const storage = new Map<string, unknown>();
const listeners = new Map<string, Set<Listener>>();

const eventCenter = {
  on(name: string, fn: Listener) {
    if (!listeners.has(name)) listeners.set(name, new Set());
    listeners.get(name)!.add(fn);
  },
  off(name: string, fn: Listener) {
    listeners.get(name)?.delete(fn);
  },
  trigger(name: string, ...args: unknown[]) {
    listeners.get(name)?.forEach((fn) => fn(...args));
  },
};

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  eventCenter,
  showToast: jest.fn(async () => ({})),
  navigateTo: jest.fn(async () => ({})),
  reLaunch: jest.fn(async () => ({})),
  navigateBack: jest.fn(async () => ({})),
  redirectTo: jest.fn(async () => ({})),
  stopPullDownRefresh: jest.fn(),
  hideTabBar: jest.fn(async () => ({})),
  showTabBar: jest.fn(async () => ({})),
  previewImage: jest.fn(async () => ({})),
  makePhoneCall: jest.fn(async () => ({})),
  chooseMedia: jest.fn(),
  scanCode: jest.fn(),
  getAppBaseInfo: jest.fn(() => ({ fontSizeSetting: 17 })),
  openPrivacyContract: jest.fn(),
  onNeedPrivacyAuthorization: jest.fn(),
  cloud: { init: jest.fn(), callFunction: jest.fn(), uploadFile: jest.fn() },
};

/** Forget storage and listeners between tests. */
export function resetTaroStub(): void {
  storage.clear();
  listeners.clear();
  jest.clearAllMocks();
}

export const useDidShow = (): void => undefined;
export const useDidHide = (): void => undefined;
export const usePullDownRefresh = (): void => undefined;
export const useReachBottom = (): void => undefined;
export const useRouter = () => ({ params: {} as Record<string, string> });
export default Taro;
