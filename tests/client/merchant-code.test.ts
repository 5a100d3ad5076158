/** Reading a merchant's code as a resident gives it: typed in any case, or the QR code's link. */
import { readMerchantCode } from '../../src/features/merchants/code';
import { confirmPath } from '../../domain/merchants/access';

test('a typed code is read in any case, spaces ignored', () => {
  expect(readMerchantCode(' zz7 vw4 ')).toEqual({ code: 'ZZ7VW4' });
});

test('the QR code’s link gives the place and the code', () => {
  expect(readMerchantCode(confirmPath('place-demo-barber', 'ZZ7VW4'))).toEqual({
    code: 'ZZ7VW4',
    placeId: 'place-demo-barber',
  });
});

test('anything else is refused with a sentence, never sent', () => {
  for (const bad of ['', '12345', 'ZZ7VW4X', 'ZZ7VW0', '/packages/places/shop/index?id=x&code=abc']) {
    expect(readMerchantCode(bad)).toEqual({ error: expect.stringContaining('6 位') });
  }
});
