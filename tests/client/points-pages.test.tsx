/**
 * @jest-environment jsdom
 *
 * The points pages with the `points` service mocked: a redemption asks first, a failed try keeps
 * its requestId for the retry (so a double tap or a dropped network never redeems twice), and the
 * code shows in big type and as a QR code; the counter sees the person and the item, or why not.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import MallPage from '../../src/packages/points/mall/index';
import VerifyPage from '../../src/packages/admin/verify/index';
import { RedemptionCard } from '../../src/components/points/RedemptionCard';
import { BalanceCard } from '../../src/components/points/BalanceCard';
import * as points from '../../src/services/points';
import type { RedemptionView } from '../../types/points';
import { resetTaroStub } from './stubs/taro';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));
jest.mock('@tarojs/components', () => jest.requireActual('./stubs/components'));
jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));
jest.mock('../../src/services/points');

const mocked = jest.mocked(points);
const REDEMPTION: RedemptionView = {
  _id: 'r-1',
  code: '7K3M9QXZ',
  status: 'pending',
  itemId: 'i-1',
  itemName: '洗衣粉一袋',
  cost: 30,
  userName: '周奶奶',
  createdAt: '2025-01-01T00:00:00.000Z',
  expiresAt: '2025-01-08T00:00:00.000Z',
};

beforeEach(() => {
  resetTaroStub();
  jest.resetAllMocks();
  mocked.listItems.mockResolvedValue({
    ok: true,
    data: {
      items: [{ _id: 'i-1', name: '洗衣粉一袋', cost: 30, stock: 5, limitPerPerson: 1 }],
      account: { balance: 50, lifetime: 120, label: '积分' },
    },
  });
});

test('兑换 asks first; a dropped try keeps its requestId for the retry; then the code and QR show', async () => {
  mocked.redeemItem
    .mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: '网络不给力，请稍后再试' } })
    .mockResolvedValueOnce({
      ok: true,
      data: {
        redemption: REDEMPTION,
        account: { balance: 20, lifetime: 120, label: '积分' },
        item: { _id: 'i-1', name: '洗衣粉一袋', cost: 30, stock: 4, limitPerPerson: 1 },
      },
    });
  render(<MallPage />);
  await screen.findByText('洗衣粉一袋');
  expect(screen.getByText('30 积分')).toBeTruthy();
  expect(screen.getByText('剩 5 件 · 每人限兑 1 件')).toBeTruthy();

  fireEvent.click(screen.getByText('兑换'));
  expect(screen.getByText('兑换「洗衣粉一袋」？')).toBeTruthy();
  await screen.findByText(/兑换后剩余 20 积分/);
  fireEvent.click(screen.getByText('确认兑换'));
  await screen.findByText('网络不给力，请稍后再试');
  fireEvent.click(screen.getByText('确认兑换'));
  await screen.findByText('兑换成功：洗衣粉一袋');

  const [first, second] = mocked.redeemItem.mock.calls;
  expect(second).toEqual(first); // same item, same requestId: the function answers one redemption
  expect(screen.getByText('7K3M 9QXZ')).toBeTruthy();
  expect(document.querySelectorAll('.qr-code__row')).toHaveLength(21);
  // One call a screen (the shelf carries the figures), one per action: nothing is read again.
  expect(mocked.getBalance).not.toHaveBeenCalled();
  expect(mocked.listItems).toHaveBeenCalledTimes(1);
  expect(screen.getByText('剩 4 件 · 每人限兑 1 件')).toBeTruthy();
});

test('兑换 cannot be tapped when the balance is short; the button says why', async () => {
  mocked.listItems.mockResolvedValue({
    ok: true,
    data: {
      items: [{ _id: 'i-1', name: '洗衣粉一袋', cost: 30, stock: 5, limitPerPerson: 1 }],
      account: { balance: 10, lifetime: 10, label: '积分' },
    },
  });
  render(<MallPage />);
  await screen.findByText('积分不足');
  expect((screen.getByText('积分不足') as HTMLButtonElement).disabled).toBe(true);
});

test('a pending redemption shows its code, QR and 取消兑换; an ended one only says how it ended', () => {
  const onCancel = jest.fn();
  const { rerender } = render(
    <RedemptionCard redemption={REDEMPTION} elder={false} inlineQr onShowQr={jest.fn()} onCancel={onCancel} />,
  );
  expect(screen.getByText('待核销')).toBeTruthy();
  expect(screen.getByText('7K3M 9QXZ')).toBeTruthy();
  expect(document.querySelector('.qr-code')).not.toBeNull();
  fireEvent.click(screen.getByText('取消兑换'));
  expect(onCancel).toHaveBeenCalledWith(REDEMPTION);

  const fulfilled = { ...REDEMPTION, status: 'fulfilled' as const, closedAt: '2025-01-02T01:00:00.000Z' };
  rerender(<RedemptionCard redemption={fulfilled} elder={false} inlineQr onShowQr={jest.fn()} onCancel={onCancel} />);
  expect(screen.getByText('已核销')).toBeTruthy();
  expect(screen.queryByText('7K3M 9QXZ')).toBeNull();
  expect(screen.queryByText('取消兑换')).toBeNull();
});

test('a party member’s balance card is titled 先锋积分 and says 累计 is never cleared', () => {
  render(<BalanceCard account={{ balance: 40, lifetime: 90, label: '先锋积分' }} />);
  expect(screen.getByText('先锋积分')).toBeTruthy();
  expect(screen.getByText('40')).toBeTruthy();
  expect(screen.getByText('90')).toBeTruthy();
  expect(screen.getByText(/兑换后不清零/)).toBeTruthy();
});

test('核销: a typed code (any case, with a space) is fulfilled and the page says what to hand to whom', async () => {
  mocked.verifyCode.mockResolvedValue({ ok: true, data: { redemption: { ...REDEMPTION, status: 'fulfilled' } } });
  render(<VerifyPage />);
  fireEvent.change(screen.getByPlaceholderText('例如 7K3M 9QXZ'), { target: { value: '7k3m 9qxz' } });
  fireEvent.click(screen.getByText('核销'));
  await screen.findByText('核销成功，请交付商品');
  expect(mocked.verifyCode).toHaveBeenCalledWith('7K3M9QXZ');
  expect(screen.getByText('兑换人：周奶奶')).toBeTruthy();
  expect(screen.getByText('洗衣粉一袋')).toBeTruthy();
});

test('核销: a used code shows the function’s words; a malformed one is caught before any call', async () => {
  mocked.verifyCode.mockResolvedValue({ ok: false, error: { code: 'FAILED_PRECONDITION', message: '该兑换已核销' } });
  render(<VerifyPage />);
  const input = screen.getByPlaceholderText('例如 7K3M 9QXZ');
  fireEvent.change(input, { target: { value: '123' } });
  fireEvent.click(screen.getByText('核销'));
  expect(screen.getByText('核销码应为 8 位字母或数字')).toBeTruthy();
  expect(mocked.verifyCode).not.toHaveBeenCalled();

  fireEvent.change(input, { target: { value: '7K3M9QXZ' } });
  await act(async () => {
    fireEvent.click(screen.getByText('核销'));
  });
  await waitFor(() => expect(screen.getByText('不能核销')).toBeTruthy());
  expect(screen.getByText('该兑换已核销')).toBeTruthy();
});
