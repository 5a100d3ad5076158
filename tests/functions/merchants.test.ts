/**
 * 商家 (issue 15.4) on the local cloud: linking a merchant to the place they run, merchant scope
 * (their own place only, their own community only), services, the rotating code, confirmations
 * (five identical scans at once → one record, one ledger entry of the community's amount), the
 * privacy of residents in the merchant's views, and 社区信得过.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { merchantCodeFor } from '../../cloudfunctions/merchants/code';
import { merchantCodePeriod, DEFAULT_SERVICE_POINTS } from '../../domain/merchants/access';
import { DEMO_MERCHANT_PLACE, DEMO_SERVICES } from '../../scripts/demo-merchants';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoPoints: true });
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('merchants', openid, event);
const reasonOf = (res: { ok: boolean; error?: { reason?: string; code: string } }) =>
  res.ok ? 'ok' : (res.error?.reason ?? res.error?.code);
const codeOf = async (openid: string, placeId: string) =>
  data(await call(openid, { action: 'code', placeId })).code as string;
const entriesOf = (openid: string) => cloud.store.find('point_entries', { userId: userIdFor(openid) });
const accountOf = (openid: string) =>
  cloud.store.find('point_accounts', { userId: userIdFor(openid) })[0] as { balance: number } | undefined;

/** Sets (or with undefined clears) the community's settings.merchants, as staff would in the console. */
function setMerchantSettings(value: object | undefined) {
  const before = cloud.store.get('communities', 'c-demo')!;
  const settings = { ...(before.settings as object), merchants: value };
  if (!value) delete (settings as Record<string, unknown>).merchants;
  cloud.store.applyChanges([{ coll: 'communities', key: 'c-demo', before, after: { ...before, settings } }]);
}

const PAGE = { hours: '每天 9:00-18:00', services: ['维修'], phone: '13600000023' };

describe('linking a merchant', () => {
  it('the admin links a member to a 商家 place, which grants them `merchant`; the page is then theirs to edit', async () => {
    // 钱物业 becomes the merchant of 好邻居维修铺
    const res = await call('demo-admin', {
      action: 'link',
      placeId: 'place-demo-repair',
      userId: userIdFor('demo-property-1'),
    });
    expect(res.ok).toBe(true);
    const user = cloud.store.find('users', { _id: userIdFor('demo-property-1') })[0];
    expect(user.grants).toContainEqual({ role: 'merchant', scope: { communityId: 'c-demo' } });
    const saved = await call('demo-property-1', {
      action: 'page.save',
      placeId: 'place-demo-repair',
      page: { ...PAGE, description: '小家电、水电维修' },
    });
    expect(saved.ok).toBe(true);
    expect(cloud.store.find('places', { _id: 'place-demo-repair' })[0]).toMatchObject({
      hours: PAGE.hours,
      description: '小家电、水电维修',
      name: '好邻居维修铺',
    });
  });

  it('only admins link; a 红色驿站 has no merchant; a person of another community is not found', async () => {
    expect(
      reasonOf(
        await call('demo-merchant', {
          action: 'link',
          placeId: 'place-demo-repair',
          userId: userIdFor('demo-merchant'),
        }),
      ),
    ).toBe('NOT_ADMIN');
    expect(
      reasonOf(
        await call('demo-admin', {
          action: 'link',
          placeId: 'place-demo-station-1',
          userId: userIdFor('demo-party-1'),
        }),
      ),
    ).toBe('PLACE_NOT_MERCHANT');
    expect(
      reasonOf(
        await call('demo-admin', {
          action: 'link',
          placeId: 'place-demo-repair',
          userId: userIdFor('demo-resident-b'),
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      reasonOf(
        await call('demo-admin-b', { action: 'link', placeId: 'place-demo-repair', userId: userIdFor('demo-admin-b') }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('merchant scope', () => {
  it('a merchant editing another merchant’s place is refused, and nothing changes', async () => {
    const before = cloud.store.find('places', { _id: 'place-demo-repair' })[0];
    const res = await call('demo-merchant', {
      action: 'page.save',
      placeId: 'place-demo-repair',
      page: { ...PAGE, hours: '关门' },
    });
    expect(reasonOf(res)).toBe('NOT_YOUR_SHOP');
    expect(cloud.store.find('places', { _id: 'place-demo-repair' })[0].hours).toBe(before.hours);
    for (const event of [
      {
        action: 'service.save',
        placeId: 'place-demo-repair',
        service: { title: '假服务', description: '', audience: 'all' },
      },
      { action: 'code', placeId: 'place-demo-repair' },
      { action: 'confirmations', placeId: 'place-demo-repair' },
      { action: 'service.remove', placeId: DEMO_MERCHANT_PLACE, serviceId: DEMO_SERVICES[0]._id },
    ]) {
      const who = event.placeId === DEMO_MERCHANT_PLACE ? 'demo-property-1' : 'demo-merchant';
      expect(reasonOf(await call(who, event))).toBe('NOT_YOUR_SHOP');
    }
    expect(cloud.store.count('merchant_services', { _id: DEMO_SERVICES[0]._id })).toBe(1);
  });

  it('a place in another community is not found, and a resident without the role cannot edit', async () => {
    expect(
      reasonOf(await call('demo-admin-b', { action: 'page.save', placeId: DEMO_MERCHANT_PLACE, page: PAGE })),
    ).toBe('NOT_FOUND');
    expect(reasonOf(await call('demo-resident-b', { action: 'shop', placeId: DEMO_MERCHANT_PLACE }))).toBe('NOT_FOUND');
    expect(
      reasonOf(await call('demo-resident-1', { action: 'page.save', placeId: DEMO_MERCHANT_PLACE, page: PAGE })),
    ).toBe('NOT_YOUR_SHOP');
  });

  it('a merchant changes the photos of their own place only; residents see them; A cannot touch B’s', async () => {
    const upload = (openid: string, n: number) => `local://uploads/${userIdFor(openid)}/${String(n).repeat(32)}.jpg`;
    const photosOf = (placeId: string) => cloud.store.find('places', { _id: placeId })[0].photos;
    // A (张师傅) sets two photos of his own on 老张理发店, keeping the rest of his page as it is
    const aPage = data(await call('demo-merchant', { action: 'mine' })).shops[0].page;
    const aPhotos = [upload('demo-merchant', 1), upload('demo-merchant', 2)];
    data(
      await call('demo-merchant', {
        action: 'page.save',
        placeId: DEMO_MERCHANT_PLACE,
        page: { ...aPage, photos: aPhotos },
      }),
    );
    expect(photosOf(DEMO_MERCHANT_PLACE)).toEqual(aPhotos);
    expect(
      data(await cloud.call('places', 'demo-resident-1', { action: 'get', placeId: DEMO_MERCHANT_PLACE })).place.photos,
    ).toEqual(aPhotos);
    expect(data(await call('demo-resident-1', { action: 'shop', placeId: DEMO_MERCHANT_PLACE })).photos).toEqual(
      aPhotos,
    );

    // B (钱物业, 好邻居维修铺) sets one of his own
    const bPhotos = [upload('demo-property-1', 3)];
    data(
      await call('demo-property-1', {
        action: 'page.save',
        placeId: 'place-demo-repair',
        page: { ...PAGE, photos: bPhotos },
      }),
    );
    // A cannot replace or clear B's photos, with his own uploads or with none
    for (const photos of [aPhotos, []]) {
      const res = await call('demo-merchant', {
        action: 'page.save',
        placeId: 'place-demo-repair',
        page: { ...PAGE, photos },
      });
      expect(reasonOf(res)).toBe('NOT_YOUR_SHOP');
    }
    expect(photosOf('place-demo-repair')).toEqual(bPhotos);
    // nor can B put A's uploads on his own page (a photo is its uploader's to attach), nor more than six
    expect(
      reasonOf(
        await call('demo-property-1', {
          action: 'page.save',
          placeId: 'place-demo-repair',
          page: { ...PAGE, photos: [...bPhotos, aPhotos[0]] },
        }),
      ),
    ).toBe('PHOTO_NOT_YOURS');
    const seven = Array.from({ length: 7 }, (_, i) => upload('demo-property-1', i));
    expect(
      reasonOf(
        await call('demo-property-1', {
          action: 'page.save',
          placeId: 'place-demo-repair',
          page: { ...PAGE, photos: seven },
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(photosOf('place-demo-repair')).toEqual(bPhotos);
    expect(photosOf(DEMO_MERCHANT_PLACE)).toEqual(aPhotos);
    // A removes one of his; the other stays
    data(
      await call('demo-merchant', {
        action: 'page.save',
        placeId: DEMO_MERCHANT_PLACE,
        page: { ...aPage, photos: [aPhotos[1]] },
      }),
    );
    expect(photosOf(DEMO_MERCHANT_PLACE)).toEqual([aPhotos[1]]);
  });

  it('a merchant whose role was revoked no longer runs the place', async () => {
    const grant = { role: 'merchant', scope: { communityId: 'c-demo' } };
    data(
      await cloud.call('user', 'demo-admin', {
        action: 'roles.revoke',
        userId: userIdFor('demo-property-1'),
        ...grant,
      }),
    );
    expect(reasonOf(await call('demo-property-1', { action: 'code', placeId: 'place-demo-repair' }))).toBe(
      'NOT_YOUR_SHOP',
    );
    data(
      await cloud.call('user', 'demo-admin', { action: 'roles.grant', userId: userIdFor('demo-property-1'), ...grant }),
    );
    expect(reasonOf(await call('demo-property-1', { action: 'code', placeId: 'place-demo-repair' }))).toBe('ok');
  });
});

describe('confirming a service', () => {
  let serviceId: string;
  beforeAll(async () => {
    const saved = data(
      await call('demo-property-1', {
        action: 'service.save',
        placeId: 'place-demo-repair',
        service: { title: '老人免费修小家电', description: '每周三', audience: 'elderly' },
      }),
    );
    serviceId = saved.service._id;
  });

  it('residents see the services with the points each confirmation earns', async () => {
    const shop = data(await call('demo-resident-1', { action: 'shop', placeId: 'place-demo-repair' }));
    expect(shop.services).toEqual([
      expect.objectContaining({
        _id: serviceId,
        title: '老人免费修小家电',
        audienceLabel: '60岁以上老人',
        points: DEFAULT_SERVICE_POINTS,
        confirmedToday: false,
      }),
    ]);
  });

  it('five identical confirmations at once: one record, one ledger entry of the right amount', async () => {
    const code = await codeOf('demo-property-1', 'place-demo-repair');
    const before = accountOf('demo-property-1')?.balance ?? 0;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('demo-resident-2', { action: 'confirm', placeId: 'place-demo-repair', serviceId, code, rating: 5 }),
      ),
    );
    expect(results.map(reasonOf)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(results.filter((r) => !data(r).already)).toHaveLength(1);
    expect(cloud.store.count('merchant_confirmations', { serviceId })).toBe(1);
    const earned = entriesOf('demo-property-1').filter((e) => e.reason === '便民服务：老人免费修小家电');
    expect(earned).toHaveLength(1);
    expect(earned[0]).toMatchObject({ amount: DEFAULT_SERVICE_POINTS, kind: 'earn', area: 'public_service' });
    expect(accountOf('demo-property-1')!.balance).toBe(before + DEFAULT_SERVICE_POINTS);
    // the resident earns nothing by it, and a second scan the same day changes nothing
    const again = data(
      await call('demo-resident-2', { action: 'confirm', placeId: 'place-demo-repair', serviceId, code }),
    );
    expect(again.already).toBe(true);
    expect(accountOf('demo-property-1')!.balance).toBe(before + DEFAULT_SERVICE_POINTS);
    const shop = data(await call('demo-resident-2', { action: 'shop', placeId: 'place-demo-repair' }));
    expect(shop.services[0].confirmedToday).toBe(true);
  });

  it('the community’s setting decides the amount', async () => {
    setMerchantSettings({ servicePoints: 8 });
    const before = accountOf('demo-property-1')!.balance;
    const code = await codeOf('demo-property-1', 'place-demo-repair');
    data(await call('demo-resident-3', { action: 'confirm', placeId: 'place-demo-repair', serviceId, code }));
    expect(accountOf('demo-property-1')!.balance).toBe(before + 8);
    setMerchantSettings(undefined);
  });

  it('a wrong or old code is refused; the merchant cannot confirm their own service', async () => {
    const secret = cloud.store.find('merchant_shops', { _id: 'place-demo-repair' })[0].secret as string;
    const old = merchantCodeFor(secret, 'place-demo-repair', merchantCodePeriod(new Date()) - 2);
    const count = cloud.store.count('merchant_confirmations');
    for (const code of [old, 'AAAAAA']) {
      expect(
        reasonOf(await call('demo-resident-1', { action: 'confirm', placeId: 'place-demo-repair', serviceId, code })),
      ).toBe('MERCHANT_CODE_WRONG');
    }
    const code = await codeOf('demo-property-1', 'place-demo-repair');
    expect(
      reasonOf(await call('demo-property-1', { action: 'confirm', placeId: 'place-demo-repair', serviceId, code })),
    ).toBe('MERCHANT_SELF_CONFIRM');
    // a service of another place with this place's code
    expect(
      reasonOf(
        await call('demo-resident-1', {
          action: 'confirm',
          placeId: 'place-demo-repair',
          serviceId: DEMO_SERVICES[0]._id,
          code,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(cloud.store.count('merchant_confirmations')).toBe(count);
  });

  it('the merchant sees confirmations with the resident’s masked name only — no room, phone or id', async () => {
    const page = data(await call('demo-property-1', { action: 'confirmations', placeId: 'place-demo-repair' }));
    expect(page.items.map((c: { residentName: string }) => c.residentName).sort()).toEqual(['吴**', '郑**']);
    const text = JSON.stringify(page);
    for (const openid of ['demo-resident-2', 'demo-resident-3']) {
      const u = cloud.store.find('users', { _id: userIdFor(openid) })[0];
      expect(text).not.toContain(u.name);
      expect(text).not.toContain(u.phone);
      expect(text).not.toContain(u._id);
    }
    expect(text).not.toMatch(/room|phone|residentId/);
    const mine = data(await call('demo-property-1', { action: 'mine' }));
    expect(mine.shops[0]).toMatchObject({ placeId: 'place-demo-repair', pointsEarned: DEFAULT_SERVICE_POINTS + 8 });
    expect(JSON.stringify(mine)).not.toContain('secret');
  });

  it('a 差评 stays open until the merchant replies', async () => {
    const code = await codeOf('demo-property-1', 'place-demo-repair');
    const res = data(
      await call('demo-resident-1', { action: 'confirm', placeId: 'place-demo-repair', serviceId, code, rating: 1 }),
    );
    expect(res.confirmation.complaintOpen).toBe(true);
    expect(data(await call('demo-property-1', { action: 'mine' })).shops[0].record.openComplaints).toBe(1);
    expect(
      reasonOf(await call('demo-merchant', { action: 'reply', confirmationId: res.confirmation._id, reply: '抱歉' })),
    ).toBe('NOT_YOUR_SHOP');
    data(
      await call('demo-property-1', { action: 'reply', confirmationId: res.confirmation._id, reply: '已上门重新修好' }),
    );
    expect(data(await call('demo-property-1', { action: 'mine' })).shops[0].record.openComplaints).toBe(0);
  });
});

describe('社区信得过', () => {
  it('the demo merchant is named; the admin lists shops with the rule’s candidates and can revoke', async () => {
    const page = data(await call('demo-admin', { action: 'shops' }));
    const barber = page.items.find((s: { placeId: string }) => s.placeId === DEMO_MERCHANT_PLACE);
    expect(barber).toMatchObject({ trusted: true, merchant: { name: '张师傅' } });
    expect(barber.record.confirmations).toBeGreaterThanOrEqual(3);
    // 张师傅's 我的店铺: the demo's three confirmations earned him three times the default
    const mine = data(await call('demo-merchant', { action: 'mine' }));
    expect(mine.shops).toHaveLength(1);
    expect(mine.shops[0]).toMatchObject({
      placeId: DEMO_MERCHANT_PLACE,
      trusted: true,
      pointsEarned: 3 * DEFAULT_SERVICE_POINTS,
    });
    expect(mine.shops[0].services.map((s: { title: string }) => s.title)).toEqual(
      [...DEMO_SERVICES].sort((a, b) => (a._id < b._id ? -1 : 1)).map((s) => s.title),
    );
    expect(
      reasonOf(await call('demo-merchant', { action: 'trust', placeId: DEMO_MERCHANT_PLACE, trusted: false })),
    ).toBe('NOT_ADMIN');
    data(await call('demo-admin', { action: 'trust', placeId: DEMO_MERCHANT_PLACE, trusted: false }));
    expect(
      data(await cloud.call('places', 'demo-resident-1', { action: 'get', placeId: DEMO_MERCHANT_PLACE })).place
        .trusted,
    ).toBe(false);
    data(await call('demo-admin', { action: 'trust', placeId: DEMO_MERCHANT_PLACE, trusted: true }));
    const place = data(
      await cloud.call('places', 'demo-resident-1', { action: 'get', placeId: DEMO_MERCHANT_PLACE }),
    ).place;
    expect(place).toMatchObject({ trusted: true, hasMerchant: true });
    expect(place.merchantId).toBeUndefined();
    expect(reasonOf(await call('demo-admin', { action: 'trust', placeId: 'place-demo-clinic', trusted: true }))).toBe(
      'TRUST_NEEDS_MERCHANT',
    );
  });

  it('unlinking takes the role from one who runs no other place, and 信得过 with it', async () => {
    data(await call('demo-admin', { action: 'trust', placeId: 'place-demo-repair', trusted: true }));
    data(await call('demo-admin', { action: 'unlink', placeId: 'place-demo-repair' }));
    const user = cloud.store.find('users', { _id: userIdFor('demo-property-1') })[0];
    expect((user.grants as { role: string }[]).map((g: { role: string }) => g.role)).not.toContain('merchant');
    const place = cloud.store.find('places', { _id: 'place-demo-repair' })[0];
    expect(place.merchantId).toBeUndefined();
    expect(place.trusted).toBeUndefined();
  });
});
