import { draftFrom, phoneNeedsConsent, validateProfile } from '../../src/features/profile-form';

const good = { name: '周奶奶', phone: '13900000001', buildingId: 'b-demo-1-1', room: '302' };

test('a complete profile passes', () => {
  expect(validateProfile(good)).toEqual({});
});

test('empty fields each say what is missing', () => {
  expect(validateProfile({ name: '', phone: '', buildingId: '', room: '' })).toEqual({
    name: '请填写姓名',
    phone: '请填写手机号',
    buildingId: '请选择楼栋',
    room: '请填写房号',
  });
});

test("a wrong phone gets the function's own wording", () => {
  expect(validateProfile({ ...good, phone: '12345' })).toEqual({ phone: '手机号应为 11 位数字' });
});

test('a room with odd characters is refused', () => {
  expect(validateProfile({ ...good, room: '3楼2' }).room).toBe('房号只能含数字、字母和 -');
});

test('consent is asked for a new or changed phone, once', () => {
  expect(phoneNeedsConsent('13900000001', '', false)).toBe(true);
  expect(phoneNeedsConsent('13900000002', '13900000001', false)).toBe(true);
  expect(phoneNeedsConsent('13900000001', '13900000001', false)).toBe(false);
  expect(phoneNeedsConsent('13900000002', '', true)).toBe(false);
});

test('the draft starts from the saved user, or blank', () => {
  expect(draftFrom(undefined)).toEqual({ name: '', phone: '', buildingId: '', room: '' });
  expect(draftFrom({ _id: 'u', ...good })).toEqual(good);
});
