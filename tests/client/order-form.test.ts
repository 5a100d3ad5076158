import { contentCount, draftFor, submitFields, validateDraft, type OrderDraft } from '../../src/features/orders/draft';
import { newRequestId, requestIdKeeper } from '../../src/features/orders/request-id';
import { closeByText, deadlineText, placeText, when } from '../../src/features/orders/labels';
import { gridOfBuilding } from '../../src/features/org-names';
import '../../src/features/dayjs-setup';

const user = { _id: 'u', name: '周奶奶', phone: '13900000001', buildingId: 'b-1', room: '302' };
const good: OrderDraft = { ...draftFor(user), category: 'elderly', content: ' 水管漏水 ' };

describe('我要点单 draft', () => {
  test('where and how to reach come from the profile', () => {
    expect(draftFor(user)).toEqual({
      category: '',
      content: '',
      buildingId: 'b-1',
      room: '302',
      contactPhone: '13900000001',
      photos: [],
    });
  });
  test('a complete draft passes and is sent trimmed, without empty optionals', () => {
    expect(validateDraft(good)).toEqual({});
    expect(submitFields({ ...good, room: ' ', contactPhone: '' })).toEqual({
      category: 'elderly',
      content: '水管漏水',
      buildingId: 'b-1',
    });
  });
  test('missing category, text and building each say so', () => {
    expect(validateDraft({ ...draftFor(undefined) })).toEqual({
      category: '请选择需要哪方面的帮助',
      content: '请说说您需要什么帮助',
      buildingId: '请选择楼栋',
    });
  });
  test("a wrong phone or room gets the function's own wording", () => {
    expect(validateDraft({ ...good, contactPhone: '123' }).contactPhone).toBe('手机号应为 11 位数字');
    expect(validateDraft({ ...good, room: '3楼' }).room).toBe('房号只能含数字、字母和 -');
  });
  test('more than 500 characters or 9 photos is refused', () => {
    expect(validateDraft({ ...good, content: '字'.repeat(501) }).content).toBe('最多 500 个字');
    expect(
      validateDraft({ ...good, photos: Array.from({ length: 10 }, (_, i) => `local://uploads/${i}.png`) }).photos,
    ).toBe('最多 9 张图片');
    expect(contentCount('水管漏水')).toBe('4/500');
  });
});

describe('requestId', () => {
  test('is 24 hex characters', () => expect(newRequestId()).toMatch(/^[0-9a-f]{24}$/));
  test('is the same on every retry of one submission and fresh after it went through', () => {
    const keeper = requestIdKeeper();
    const first = keeper.current();
    expect(keeper.current()).toBe(first); // a retry after a failure, or a double tap
    keeper.settled();
    expect(keeper.current()).not.toBe(first);
  });
});

describe('times and places', () => {
  const now = new Date(2025, 4, 10, 15, 0);
  test('today, yesterday, tomorrow, this year, other years', () => {
    expect(when(new Date(2025, 4, 10, 9, 5).toISOString(), now)).toBe('今天 09:05');
    expect(when(new Date(2025, 4, 9, 23, 59).toISOString(), now)).toBe('昨天 23:59');
    expect(when(new Date(2025, 4, 11, 8, 0).toISOString(), now)).toBe('明天 08:00');
    expect(when(new Date(2025, 2, 2, 8, 0).toISOString(), now)).toBe('3月2日 08:00');
    expect(when(new Date(2024, 11, 31, 8, 0).toISOString(), now)).toBe('2024年12月31日 08:00');
  });
  test('the deadline that matters for the status', () => {
    const o = {
      takeBy: new Date(2025, 4, 10, 17, 0).toISOString(),
      finishBy: new Date(2025, 4, 11, 15, 0).toISOString(),
    };
    expect(deadlineText({ ...o, status: 'dispatched' }, now)).toBe('今天 17:00 前接单');
    expect(deadlineText({ ...o, status: 'taken' }, now)).toBe('明天 15:00 前办结');
    expect(deadlineText({ ...o, status: 'closed' }, now)).toBe('');
  });
  test('when an order waiting on the resident closes by itself, in words (回访)', () => {
    const now = new Date(2025, 4, 10, 15, 0);
    const closeBy = new Date(2025, 4, 19, 15, 0).toISOString();
    expect(closeByText({ status: 'completed', closeBy }, now)).toBe('5月19日 15:00 前未评价，将按未评价办结');
    expect(closeByText({ status: 'answered', closeBy }, now)).toBe('5月19日 15:00 前未评价，将按未评价办结');
    expect(closeByText({ status: 'rectified', closeBy }, now)).toBe('5月19日 15:00 前未确认，视为已解决并办结');
    expect(closeByText({ status: 'closed', closeBy }, now)).toBe('');
    expect(closeByText({ status: 'completed' }, now)).toBe('');
  });
  test('place text', () => {
    expect(placeText('1号楼', '302')).toBe('1号楼 302室');
    expect(placeText('1号楼', '')).toBe('1号楼');
  });
  test('the suggested grid is the one containing the building (地域临近)', () => {
    const tree = {
      community: { _id: 'c', name: '示范社区' },
      grids: [
        { _id: 'g-1', name: '网格一', buildings: [{ _id: 'b-1', name: '1号楼' }] },
        { _id: 'g-2', name: '网格二', buildings: [{ _id: 'b-3', name: '3号楼' }] },
      ],
    };
    expect(gridOfBuilding(tree, 'b-3')).toEqual({ _id: 'g-2', name: '网格二' });
    expect(gridOfBuilding(tree, 'b-9')).toBeNull();
    expect(gridOfBuilding(undefined, 'b-1')).toBeNull();
  });
});
