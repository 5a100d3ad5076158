/**
 * Issue 12, point 7: a function (orders submit and complete, notices post) stores only photos the
 * caller uploaded themselves. What the attack sent — a path out of the uploads folder, another
 * environment's cloud:// id — and someone else's upload are refused with PHOTO_NOT_YOURS, and
 * nothing is filed or changed.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { newRequestId, orderIn } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const submit = (openid: string, photos: string[], requestId = newRequestId()) =>
  cloud.call('orders', openid, {
    action: 'submit',
    requestId,
    category: 'property',
    content: '楼道灯坏了',
    photos,
  });

const NOT_YOURS = { ok: false, error: { code: 'PERMISSION_DENIED', reason: 'PHOTO_NOT_YOURS' } };

/** Ids that are no upload of the caller's, whoever the caller is. */
const FOREIGN = [
  'local://uploads/../../localcloud.sqlite',
  `local://uploads/${userIdFor('demo-resident-1')}/../../../localcloud.sqlite`,
  'local://uploads/0123456789abcdef0123456789abcdef.jpg',
  `cloud://other-env.6f74-other-env-1300000000/orders/${userIdFor('demo-resident-1')}/2026-12/a.jpg`,
  `cloud://localcloud.6c6f-localcloud-1300000000/orders/${userIdFor('demo-resident-1')}/../../x.jpg`,
];

describe('orders.submit', () => {
  it("accepts the caller's own upload", async () => {
    const photo = await cloud.uploadPhoto('demo-resident-1');
    const { order } = data(await submit('demo-resident-1', [photo]));
    expect(order.photos).toEqual([photo]);
  });

  it.each(FOREIGN)('refuses %s and files nothing', async (fileId) => {
    const before = cloud.store.count('orders');
    const own = await cloud.uploadPhoto('demo-resident-1');
    expect(await submit('demo-resident-1', [own, fileId])).toMatchObject(NOT_YOURS);
    expect(cloud.store.count('orders')).toBe(before);
  });

  it("refuses another person's upload, though it is a real one", async () => {
    const theirs = await cloud.uploadPhoto('demo-resident-2');
    expect(await submit('demo-resident-1', [theirs])).toMatchObject(NOT_YOURS);
    // The same upload is fine for the one who made it.
    expect((await submit('demo-resident-2', [theirs])).ok).toBe(true);
  });
});

describe('orders.complete', () => {
  it("refuses photos that are not the taker's own and leaves the order as it was", async () => {
    const order = await orderIn(cloud, 'taken');
    const residents = await cloud.uploadPhoto('demo-resident-1');
    for (const photos of [[residents], [FOREIGN[0]]]) {
      const answer = await cloud.call('orders', 'demo-party-1', {
        action: 'complete',
        orderId: order._id,
        note: '好了',
        photos,
      });
      expect(answer).toMatchObject(NOT_YOURS);
    }
    expect(data(await cloud.call('orders', 'demo-party-1', { action: 'get', orderId: order._id })).order.status).toBe(
      'taken',
    );
    const own = await cloud.uploadPhoto('demo-party-1');
    const done = await cloud.call('orders', 'demo-party-1', {
      action: 'complete',
      orderId: order._id,
      note: '好了',
      photos: [own],
    });
    expect(data(done).order.completionPhotos).toEqual([own]);
  });
});

describe('notices.post', () => {
  it("takes the poster's own uploads only", async () => {
    const post = (photos: string[]) =>
      cloud.call('notices', 'demo-leader-1', {
        action: 'post',
        scope: { buildingId: 'b-demo-1-1' },
        kind: 'notice',
        title: '停电通知',
        content: '周五下午停电',
        photos,
      });
    const before = cloud.store.count('notices');
    for (const fileId of [await cloud.uploadPhoto('demo-resident-1'), ...FOREIGN]) {
      expect(await post([fileId])).toMatchObject(NOT_YOURS);
    }
    expect(cloud.store.count('notices')).toBe(before);
    const own = await cloud.uploadPhoto('demo-leader-1');
    expect(data(await post([own])).notice.photos).toEqual([own]);
  });
});
