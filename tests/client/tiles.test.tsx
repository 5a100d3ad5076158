/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { TileGrid } from '../../src/components/TileGrid';
import { ErrorView } from '../../src/components/StatusView';
import { TILES } from '../../src/features/workbench';
import { resetTaroStub } from './stubs/taro';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));
jest.mock('@tarojs/components', () => jest.requireActual('./stubs/components'));
jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));
jest.mock('@nutui/icons-react-taro', () => new Proxy({}, { get: () => () => null }));

beforeEach(() => resetTaroStub());

test('a department’s 转交事项 opens the orders page, which answers it the transferred orders', () => {
  render(<TileGrid tiles={[TILES.transfers]} elder={false} />);
  fireEvent.click(screen.getByText('转交事项'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/orders/index' });
});

test('a built tile opens its page', () => {
  render(<TileGrid tiles={[TILES.orgTree]} elder={false} />);
  expect(screen.queryByText('即将上线')).toBeNull();
  fireEvent.click(screen.getByText('组织架构'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/org/index' });
});

test('长辈模式 lays tiles out as a list', () => {
  const { container } = render(<TileGrid tiles={[TILES.order]} elder />);
  expect(container.querySelector('.tile-grid--list')).not.toBeNull();
});

test('an error shows a plain Chinese message and a retry', () => {
  const retry = jest.fn();
  render(<ErrorView error={{ code: 'UNAUTHENTICATED', message: '' }} onRetry={retry} />);
  expect(screen.getByText('请先登录')).toBeTruthy();
  fireEvent.click(screen.getByText('再试一次'));
  expect(retry).toHaveBeenCalled();
});
