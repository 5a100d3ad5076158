/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { OrderCard } from '../../src/components/orders/OrderCard';
import { Timeline } from '../../src/components/orders/Timeline';
import { SheetDialog } from '../../src/components/SheetDialog';
import { OrderActions } from '../../src/packages/orders/detail/OrderActions';
import { acceptOrder, rateOrder, respondOrder } from '../../src/services/orders';
import type { OrderView } from '../../types/orders';
import { resetTaroStub } from './stubs/taro';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));
jest.mock('@tarojs/components', () => jest.requireActual('./stubs/components'));
jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));
jest.mock('../../src/services/orders');

beforeEach(() => resetTaroStub());

const ORDER: OrderView = {
  _id: 'o_1',
  status: 'dispatched',
  category: 'elderly',
  content: '厨房水管漏水',
  buildingId: 'b-1',
  room: '3**',
  contactPhone: '139****0001',
  gridId: 'g-1',
  residentId: 'u-1',
  residentName: '周**',
  filedById: 'u-1',
  photos: [],
  takeBy: '2025-01-01T02:00:00.000Z',
  finishBy: '2025-01-02T00:00:00.000Z',
  overdueLevel: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
};

test('an order card says what, where and its status; a tap on it opens the order, its buttons do not', () => {
  const grab = jest.fn();
  render(
    <OrderCard order={ORDER} names={new Map([['b-1', '1号楼']])}>
      <button onClick={grab}>抢单</button>
    </OrderCard>,
  );
  expect(screen.getByText('居家养老')).toBeTruthy();
  expect(screen.getByText('待接单')).toBeTruthy();
  expect(screen.getByText(/1号楼 3\*\*室/)).toBeTruthy();
  fireEvent.click(screen.getByText('抢单'));
  expect(grab).toHaveBeenCalled();
  expect(Taro.navigateTo).not.toHaveBeenCalled();
  fireEvent.click(screen.getByText('厨房水管漏水'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/orders/detail/index?id=o_1' });
});

test('the timeline says what happened, who did it as what, and the note', () => {
  render(
    <Timeline
      entries={[
        { at: '2025-01-01T00:00:00.000Z', actorId: 'u-1', actorName: '周奶奶', actorRole: '居民', action: 'submit' },
        {
          at: '2025-01-01T01:00:00.000Z',
          actorId: 'u-2',
          actorName: '李书记',
          actorRole: '社区管理员',
          action: 'dispatch',
          note: '受理自办类，派至网格一',
        },
      ]}
    />,
  );
  expect(screen.getByText('提交诉求')).toBeTruthy();
  expect(screen.getByText('李书记（社区管理员）')).toBeTruthy();
  expect(screen.getByText('受理自办类，派至网格一')).toBeTruthy();
});

test('a sheet locks both buttons while its action runs, so a second tap cannot act twice', () => {
  const confirm = jest.fn();
  const cancel = jest.fn();
  const { rerender } = render(
    <SheetDialog visible title="确认一键求助？" confirmText="确认求助" onConfirm={confirm} onCancel={cancel} />,
  );
  fireEvent.click(screen.getByText('确认求助'));
  expect(confirm).toHaveBeenCalledTimes(1);
  rerender(
    <SheetDialog visible busy title="确认一键求助？" confirmText="确认求助" onConfirm={confirm} onCancel={cancel} />,
  );
  expect((screen.getByText('确认求助') as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByText('取消') as HTMLButtonElement).disabled).toBe(true);
});

test('评价 asks for stars first, then sends the score and comment and shows the moved order', async () => {
  const rated = { ...ORDER, status: 'closed' as const };
  (rateOrder as jest.Mock).mockResolvedValue({ ok: true, data: { order: rated } });
  const changed = jest.fn();
  render(<OrderActions order={{ ...ORDER, status: 'completed' }} actions={['rate']} onChanged={changed} />);
  fireEvent.click(screen.getByText('提交评价'));
  expect(screen.getByText('请点星星打分')).toBeTruthy();
  expect(rateOrder).not.toHaveBeenCalled();
  fireEvent.click(screen.getAllByText('★')[4]);
  expect(screen.getByText('非常满意')).toBeTruthy();
  fireEvent.change(screen.getByPlaceholderText('还想说点什么？（可不填）'), { target: { value: ' 谢谢 ' } });
  fireEvent.click(screen.getByText('提交评价'));
  await waitFor(() => expect(changed).toHaveBeenCalledWith(rated));
  expect(rateOrder).toHaveBeenCalledWith('o_1', 5, '谢谢');
});

test('a low score warns that it goes to the grid worker for rectification', () => {
  render(<OrderActions order={{ ...ORDER, status: 'completed' }} actions={['rate']} onChanged={jest.fn()} />);
  fireEvent.click(screen.getAllByText('★')[1]);
  expect(screen.getByText('不满意的评价会交给网格员回复和整改。')).toBeTruthy();
});

test('the department 受理 a transfer with one tap, and the page shows the moved order', async () => {
  const moved = { ...ORDER, status: 'handling' as const };
  (acceptOrder as jest.Mock).mockResolvedValue({ ok: true, data: { order: moved } });
  const changed = jest.fn();
  render(<OrderActions order={{ ...ORDER, status: 'transferred' }} actions={['accept']} onChanged={changed} />);
  fireEvent.click(screen.getByText('受理'));
  await waitFor(() => expect(changed).toHaveBeenCalledWith(moved));
  expect(acceptOrder).toHaveBeenCalledWith('o_1');
});

test('答复 asks for words first, then sends them and empties the box', async () => {
  const answered = { ...ORDER, status: 'handling' as const };
  (respondOrder as jest.Mock).mockResolvedValue({ ok: true, data: { order: answered } });
  const changed = jest.fn();
  render(<OrderActions order={answered} actions={['complete', 'respond']} onChanged={changed} />);
  expect(screen.getByText('办结')).toBeTruthy();
  fireEvent.click(screen.getByText('提交答复'));
  expect(screen.getByText('请写下答复内容')).toBeTruthy();
  expect(respondOrder).not.toHaveBeenCalled();
  const box = screen.getByPlaceholderText('例如：已安排施工队，本周五前修复') as HTMLTextAreaElement;
  fireEvent.change(box, { target: { value: ' 已派人查看 ' } });
  fireEvent.click(screen.getByText('提交答复'));
  await waitFor(() => expect(changed).toHaveBeenCalledWith(answered));
  expect(respondOrder).toHaveBeenCalledWith('o_1', '已派人查看');
  await waitFor(() => expect(box.value).toBe(''));
});
