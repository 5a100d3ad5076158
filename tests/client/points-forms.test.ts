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
      value: '',
    });
    const ok = { name: '洗衣粉', cost: '30', stock: '0', limit: '', image: '', value: '' };
    expect(hasErrors(validateItem(ok))).toBe(false);
    expect(validateItem({ ...ok, stock: '5', limit: '101' }).limit).toBe('每人限兑应在 1 到 100 之间');
  });

  test('参考价值 is optional, typed in yuan with at most two decimals, sent in whole 分', () => {
    const ok = { name: '洗衣粉', cost: '30', stock: '5', limit: '', image: '', value: '' };
    expect(validateItem({ ...ok, value: '12.5' }).value).toBe('');
    expect(itemFields({ ...ok, value: '12.5' }).valueFen).toBe(1250);
    expect(itemFields({ ...ok, value: ' 0.99 ' }).valueFen).toBe(99);
    for (const bad of ['12.345', '-3', '1,000', '¥5', 'abc', '.5'])
      expect(validateItem({ ...ok, value: bad }).value).toContain('参考价值请填金额');
    expect(validateItem({ ...ok, value: '100001' }).value).toBe('参考价值最多 100000.00 元');
    expect(validateItem({ ...ok, value: '100000' }).value).toBe('');
  });

  test('an edit sends every field; a cleared limit, value or picture is left out, which clears it', () => {
    const item = {
      _id: 'i-1',
      name: '洗衣粉',
      cost: 30,
      stock: 5,
      limitPerPerson: 2,
      image: 'local://uploads/a.png',
      valueFen: 2590,
    };
    const draft = itemDraftOf(item);
    expect(draft.value).toBe('25.90');
    expect(itemFields(draft, 'i-1')).toEqual(item);
    expect(itemFields({ ...draft, limit: '', image: '', value: '' }, 'i-1')).toEqual({
      _id: 'i-1',
      name: '洗衣粉',
      cost: 30,
      stock: 5,
    });
    expect(itemFields({ ...draft, name: ' 香皂 ' })).not.toHaveProperty('_id');
  });
});
