/**
 * @jest-environment jsdom
 *
 * 一键发单 for an older person: the tap sends (no "are you sure?" first); the sheet then offers
 * 撤回 for UNDO_SECONDS, counting down, and opens the order when the window closes. 撤回 is the
 * ordinary 撤销; a failed send offers 再试一次 with the same requestId, so help is asked once.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { QuickOrderSheet } from '../../src/pages/home/QuickOrderSheet';
import { cancelOrder, submitOneTap } from '../../src/services/orders';
import { UNDO_SECONDS } from '../../src/features/orders/undo-window';
import type { OrderView } from '../../types/orders';
import { resetTaroStub } from './stubs/taro';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));
jest.mock('@tarojs/components', () => jest.requireActual('./stubs/components'));
jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));
jest.mock('../../src/services/orders');

const submit = jest.mocked(submitOneTap);
const cancel = jest.mocked(cancelOrder);
const ORDER = { _id: 'o_9', status: 'submitted' } as OrderView;

beforeEach(() => {
  resetTaroStub();
  jest.useFakeTimers();
  submit.mockReset().mockResolvedValue({ ok: true, data: { order: ORDER } });
  cancel.mockReset().mockResolvedValue({ ok: true, data: { order: { ...ORDER, status: 'cancelled' } } });
});
afterEach(() => jest.useRealTimers());

async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

test('opening the sheet sends at once, then offers 撤回 counting down, then opens the order', async () => {
  const close = jest.fn();
  render(<QuickOrderSheet place="1号楼 402室" onClose={close} />);
  expect(submit).toHaveBeenCalledTimes(1);
  await settle();
  expect(screen.getByText('求助已发出')).toBeTruthy();
  expect(screen.getByText(`撤回 ${UNDO_SECONDS}秒`)).toBeTruthy();

  await act(async () => {
    jest.advanceTimersByTime(1000);
  });
  expect(screen.getByText(`撤回 ${UNDO_SECONDS - 1}秒`)).toBeTruthy();
  expect(Taro.navigateTo).not.toHaveBeenCalled();

  for (let s = 1; s < UNDO_SECONDS; s++) {
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
  }
  expect(close).toHaveBeenCalled();
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/orders/detail/index?id=o_9' });
  expect(cancel).not.toHaveBeenCalled();
  expect(submit).toHaveBeenCalledTimes(1);
});

test('撤回 within the window withdraws the order it just sent, and opens nothing', async () => {
  const close = jest.fn();
  render(<QuickOrderSheet place="1号楼 402室" onClose={close} />);
  await settle();
  fireEvent.click(screen.getByText(/撤回 \d+秒/));
  await settle();
  expect(cancel).toHaveBeenCalledWith('o_9');
  expect(close).toHaveBeenCalled();
  for (let s = 0; s <= UNDO_SECONDS; s++) {
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
  }
  expect(Taro.navigateTo).not.toHaveBeenCalled();
});

test('if someone took it already, 撤回 says so and opens the order instead', async () => {
  cancel.mockResolvedValue({ ok: false, error: { code: 'CONFLICT', message: '已有人接单，不能撤销' } });
  render(<QuickOrderSheet place="1号楼 402室" onClose={jest.fn()} />);
  await settle();
  fireEvent.click(screen.getByText(/撤回 \d+秒/));
  await settle();
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ icon: 'none' }));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/orders/detail/index?id=o_9' });
});

test('a failed send offers 再试一次 with the same requestId', async () => {
  submit.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: '网络不好' } });
  render(<QuickOrderSheet place="1号楼 402室" onClose={jest.fn()} />);
  await settle();
  expect(screen.getByText('没能发出求助')).toBeTruthy();
  fireEvent.click(screen.getByText('再试一次'));
  await settle();
  expect(screen.getByText('求助已发出')).toBeTruthy();
  expect(submit).toHaveBeenCalledTimes(2);
  expect(submit.mock.calls[1][0]).toBe(submit.mock.calls[0][0]);
});

test('without a registered address nothing is sent: the sheet leads to the profile', async () => {
  render(<QuickOrderSheet place="" onClose={jest.fn()} />);
  await settle();
  expect(submit).not.toHaveBeenCalled();
  expect(screen.getByText('还差一步')).toBeTruthy();
});
