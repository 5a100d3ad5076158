/** The admin forms (加分, 商品, 冲正). Pure. */
import {
  awardFields,
  emptyAward,
  emptyItem,
  hasErrors,
  itemDraftOf,
  itemFields,
  reverseReasonError,
  validateAward,
  validateItem,
} from '../../src/features/points/forms';

describe('加分', () => {
  test('an empty form names every missing field', () => {
    expect(validateAward(emptyAward)).toEqual({
      area: '请选择积分领域',
      amount: '请填写分值',
      reason: '请填写加分事由',
    });
  });

  test('the amount is a whole number from 1 to 10000', () => {
    const d = { area: 'volunteer' as const, reason: '志愿服务' };
    expect(validateAward({ ...d, amount: '2.5' }).amount).toBe('分值只能是整数');
    expect(validateAward({ ...d, amount: '0' }).amount).toBe('分值应在 1 到 10000 之间');
    expect(hasErrors(validateAward({ ...d, amount: ' 10 ' }))).toBe(false);
  });

  test('the event fields are trimmed and typed, with the requestId of this submission', () => {
    expect(awardFields({ area: 'safety', amount: ' 5', reason: ' 夜间巡逻 ' }, 'u-1', 'req-1')).toEqual({
      userId: 'u-1',
      amount: 5,
      area: 'safety',
      reason: '夜间巡逻',
      requestId: 'req-1',
    });
  });

  test('冲正 needs a reason of at most 100 characters', () => {
    expect(reverseReasonError(' ')).toBe('请填写冲正原因');
    expect(reverseReasonError('重复加分')).toBe('');
    expect(reverseReasonError('字'.repeat(101))).toBe('冲正原因最多 100 个字');
  });
});

describe('商品', () => {
  test('name, cost and stock are needed; the limit may be left empty', () => {
    expect(validateItem(emptyItem)).toEqual({
      name: '请填写商品名称',
      cost: '请填写所需积分',
      stock: '请填写库存',
      limit: '',
    });
    expect(hasErrors(validateItem({ name: '洗衣粉', cost: '30', stock: '0', limit: '', image: '' }))).toBe(false);
    expect(validateItem({ name: '洗衣粉', cost: '30', stock: '5', limit: '101', image: '' }).limit).toBe(
      '每人限兑应在 1 到 100 之间',
    );
  });

  test('an edit sends every field; a cleared limit or picture is left out, which clears it', () => {
    const item = { _id: 'i-1', name: '洗衣粉', cost: 30, stock: 5, limitPerPerson: 2, image: 'local://uploads/a.png' };
    const draft = itemDraftOf(item);
    expect(itemFields(draft, 'i-1')).toEqual(item);
    expect(itemFields({ ...draft, limit: '', image: '' }, 'i-1')).toEqual({
      _id: 'i-1',
      name: '洗衣粉',
      cost: 30,
      stock: 5,
    });
    expect(itemFields({ ...draft, name: ' 香皂 ' })).not.toHaveProperty('_id');
  });
});
