/**
 * @jest-environment jsdom
 *
 * The empty state is NutUI's Empty, drawn locally: its default picture would be fetched from a
 * third-party CDN on every empty list.
 */
import { render, screen } from '@testing-library/react';
import { EmptyView } from '../../src/components/StatusView';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/components'));
jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));

test('an empty list says so in NutUI Empty, with our own mark and no remote picture', () => {
  const { container } = render(<EmptyView text="还没有诉求" />);
  expect(container.querySelector('.nut-empty.status-view')).not.toBeNull();
  expect(screen.getByText('还没有诉求')).toBeTruthy();
  expect(container.querySelector('.status-view__mark')).not.toBeNull();
  expect(container.querySelectorAll('img')).toHaveLength(0);
});
