/** The one photo rule (cloudfunctions/_shared/photos.ts): who uploaded a file id, if it is an upload here. */
import { uploaderOf } from '../../cloudfunctions/_shared/photos';

const HEX = '0123456789abcdef0123456789abcdef';

it('a local upload names its uploader by its folder', () => {
  expect(uploaderOf(`local://uploads/u_abc/${HEX}.png`, 'localcloud')).toBe('u_abc');
  expect(uploaderOf(`local://uploads/${HEX}.png`, 'localcloud')).toBeUndefined();
  expect(uploaderOf(`local://uploads/u_abc/../${HEX}.png`, 'localcloud')).toBeUndefined();
  expect(uploaderOf('local://uploads/u_abc/x.html', 'localcloud')).toBeUndefined();
});

it('a cloud upload counts only in this environment, under <folder>/<user id>/', () => {
  const here = 'cloud://prod-1a2b.7072-prod-1a2b-1300000000';
  expect(uploaderOf(`${here}/orders/u_abc/2026-12/x.jpg`, 'prod-1a2b')).toBe('u_abc');
  expect(uploaderOf(`${here}/orders/u_abc/2026-12/x.jpg`, 'test-9z')).toBeUndefined();
  expect(uploaderOf(`${here}/orders/u_abc/../u_def/x.jpg`, 'prod-1a2b')).toBeUndefined();
  expect(uploaderOf(`${here}/orders/x.jpg`, 'prod-1a2b')).toBeUndefined();
  expect(uploaderOf('cloud://prod-1a2b/orders/u_abc/x.jpg', 'prod-1a2b')).toBeUndefined();
  expect(uploaderOf('https://evil.example/orders/u_abc/x.jpg', 'prod-1a2b')).toBeUndefined();
});
