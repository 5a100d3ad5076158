/**
 * @jest-environment jsdom
 *
 * The 抢单大厅 page tells "someone else grabbed it" from "the resident cancelled it" by the
 * refusal's `reason` alone: both grabs below answer the same code and message, and the page says
 * different things and drops both cards; a dropped network keeps the card.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import GrabHallPage from '../../src/packages/tasks/pool/index';
import { callCloud } from '../../src/services/cloud';
import { orgTree, resetAll, session } from '../../src/features/session';
import type { Envelope } from '../../types/envelope';
import type { OrderView } from '../../types/orders';
import { resetTaroStub } from './stubs/taro';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));
jest.mock('@tarojs/components', () => jest.requireActual('./stubs/components'));
jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));
jest.mock('../../src/services/cloud');

const cloud = jest.mocked(callCloud);
const ME = {
  user: { _id: 'u-party', name: '陈党员', phone: '13900000002', buildingId: 'b-1', room: '101' },
  roles: [{ role: 'party_member' as const, scope: { gridId: 'g-1' } }],
  community: { _id: 'c-demo', name: '示范社区' },
};
const TREE = {
  community: { _id: 'c-demo', name: '示范社区' },
  grids: [{ _id: 'g-1', name: '网格一', buildings: [{ _id: 'b-1', name: '1号楼' }] }],
};
const order = (id: string, content: string) =>
  ({
    _id: id,
    status: 'dispatched',
    category: 'elderly',
    content,
    buildingId: 'b-1',
    room: '3**',
    contactPhone: '139****0001',
    gridId: 'g-1',
    residentId: 'u-1',
    residentName: '周奶奶',
    filedById: 'u-1',
    photos: [],
    takeBy: '2025-01-01T02:00:00.000Z',
    finishBy: '2025-01-02T00:00:00.000Z',
    overdueLevel: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
  }) as OrderView;

const SAME = { message: '操作未成功' };
const GRAB_ANSWERS: Record<string, Envelope<never>> = {
  'o-taken': { ok: false, error: { code: 'CONFLICT', ...SAME, reason: 'ORDER_ALREADY_TAKEN' } },
  'o-cancelled': { ok: false, error: { code: 'CONFLICT', ...SAME, reason: 'ORDER_CANCELLED' } },
  'o-offline': { ok: false, error: { code: 'INTERNAL', message: '网络不给力，请稍后再试' } },
};

beforeEach(() => {
  resetTaroStub();
  resetAll();
  session.set(ME);
  orgTree.set(TREE);
  cloud.mockReset();
  cloud.mockImplementation(async (name: string, data: object) => {
    const event = data as { action: string; orderId?: string };
    if (name === 'orders' && event.action === 'list') {
      const items = [order('o-taken', '帮忙取药'), order('o-cancelled', '陪同就医'), order('o-offline', '换灯泡')];
      return { ok: true, data: { items } } as Envelope<never>;
    }
    if (name === 'orders' && event.action === 'grab') return GRAB_ANSWERS[event.orderId ?? ''];
    return { ok: false, error: { code: 'NOT_FOUND', message: `测试未准备 ${name}.${event.action}` } };
  });
});

const toasts = () => jest.mocked(Taro.showToast).mock.calls.map(([opts]) => (opts as { title: string }).title);
/** The 抢单 button on the card showing `content`. */
const grabButtonOf = (content: string): HTMLElement => {
  let node: HTMLElement | null = screen.getByText(content);
  while (node && !node.querySelector('button')) node = node.parentElement;
  return Array.from(node!.querySelectorAll('button')).find((b) => b.textContent?.includes('抢单'))!;
};

test('a lost grab and a cancelled order read differently, by reason, and both cards go', async () => {
  render(<GrabHallPage />);
  await screen.findByText('帮忙取药');

  fireEvent.click(grabButtonOf('帮忙取药'));
  await waitFor(() => expect(toasts()).toContain('来晚了，这单已被其他人抢走'));
  await waitFor(() => expect(screen.queryByText('帮忙取药')).toBeNull());

  fireEvent.click(grabButtonOf('陪同就医'));
  await waitFor(() => expect(toasts()).toContain('居民已撤销这单，不用再跑一趟了'));
  await waitFor(() => expect(screen.queryByText('陪同就医')).toBeNull());

  fireEvent.click(grabButtonOf('换灯泡'));
  await waitFor(() => expect(toasts()).toContain('网络不给力，请稍后再试'));
  expect(screen.getByText('换灯泡')).toBeTruthy();
  expect(toasts()).not.toContain(SAME.message);
});
