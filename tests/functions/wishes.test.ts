/**
 * 微心愿 on the local cloud (issue 14): posted, reviewed, claimed (exactly one of many wins),
 * fulfilled and confirmed with points and hours once; who may do what (a matrix); and what each
 * person sees of a wish — the public card names no one, the claimer learns a contact only.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { rid, uid } from '../support/points';
import { REFUSALS } from '../../types/refusals';
import { chinaDayAfter } from '../../domain/china-time';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('wishes', openid, event);
const due = chinaDayAfter(7, new Date());
const WISH = {
  title: '想要一副老花镜',
  description: '眼睛花了看不清报纸，想要一副 300 度的老花镜。',
  category: 'elderly',
  dueDate: due,
};

async function post(openid: string, extra: object = {}) {
  return data(await call(openid, { action: 'post', requestId: rid(), ...WISH, ...extra })).wish;
}
async function approved(openid = 'demo-resident-1', extra: object = {}) {
  const wish = await post(openid, extra);
  data(await call('demo-admin', { action: 'review', wishId: wish._id, approve: true }));
  return wish;
}
const get = async (openid: string, wishId: string) => call(openid, { action: 'get', wishId });
/** The refusal's name, or its code when it has none (NOT_FOUND says nothing of what exists). */
const refusalOf = (res: { ok: boolean; error?: { reason?: string; code?: string } }) =>
  res.ok ? 'ok' : (res.error?.reason ?? res.error?.code);

describe('the journey', () => {
  it('is posted, reviewed, claimed, fulfilled and confirmed; the claimer earns points and hours once', async () => {
    const wish = await post('demo-resident-1');
    expect(wish).toMatchObject({ status: 'pending_review', statusLabel: '待审核', who: '1号楼一位老人' });
    // Not public before review: the wall does not list it, another resident cannot open it.
    const wall = data(await call('demo-resident-3', { action: 'list', tab: 'open' }));
    expect(wall.items.map((w: { _id: string }) => w._id)).not.toContain(wish._id);
    expect(await get('demo-resident-3', wish._id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const queue = data(await call('demo-admin', { action: 'list', tab: 'review' }));
    expect(queue.items.map((w: { _id: string }) => w._id)).toContain(wish._id);

    const open = data(await call('demo-admin', { action: 'review', wishId: wish._id, approve: true })).wish;
    expect(open.status).toBe('open');
    const wallAfter = data(await call('demo-resident-3', { action: 'list', tab: 'open' }));
    expect(wallAfter.items.map((w: { _id: string }) => w._id)).toContain(wish._id);

    const claimed = data(await call('demo-party-1', { action: 'claim', wishId: wish._id })).wish;
    expect(claimed).toMatchObject({ status: 'claimed', can: { fulfil: true, release: true, claim: false } });
    const claims = data(await call('demo-party-1', { action: 'list', tab: 'claims' }));
    expect(claims.items.map((w: { _id: string }) => w._id)).toEqual([wish._id]);

    const photo = await cloud.uploadPhoto('demo-party-1');
    const fulfilled = data(
      await call('demo-party-1', {
        action: 'fulfil',
        wishId: wish._id,
        note: '送去了老花镜，奶奶试戴合适',
        photos: [photo],
        minutes: 90,
      }),
    ).wish;
    expect(fulfilled).toMatchObject({ status: 'fulfilled', fulfilment: { minutes: 90, photos: [photo] } });

    const before = data(await cloud.call('points', 'demo-party-1', { action: 'balance' }));
    const confirmed = data(await call('demo-resident-1', { action: 'confirm', wishId: wish._id }));
    expect(confirmed).toMatchObject({ points: 10, wish: { status: 'confirmed', statusLabel: '已圆梦' } });
    const after = data(await cloud.call('points', 'demo-party-1', { action: 'balance' }));
    expect(after.balance - before.balance).toBe(10);

    const entry = cloud.store.find('point_entries', { _id: `wish:${wish._id}:claimer` });
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatchObject({ userId: uid('demo-party-1'), amount: 10, area: 'volunteer' });
    const hours = cloud.store.find('hour_entries', { source: 'wish', sourceId: wish._id });
    expect(hours).toHaveLength(1);
    expect(hours[0]).toMatchObject({ userId: uid('demo-party-1'), minutes: 90, unitId: '' });

    // A second confirmation (a double tap) writes nothing more.
    const again = data(await call('demo-resident-1', { action: 'confirm', wishId: wish._id }));
    expect(again).toMatchObject({ points: 0, wish: { status: 'confirmed' } });
    expect(cloud.store.count('point_entries', { _id: `wish:${wish._id}:claimer` })).toBe(1);
    expect(cloud.store.count('hour_entries', { sourceId: wish._id })).toBe(1);

    const dreams = data(await call('demo-resident-3', { action: 'list', tab: 'dreams' }));
    expect(dreams.items.map((w: { _id: string }) => w._id)).toContain(wish._id);
    expect(dreams.dreams).toBe(cloud.store.count('wishes', { communityId: 'c-demo', status: 'confirmed' }));
  });

  it('the resident and the leader confirming at once: one confirmation, one entry, one count', async () => {
    const wish = await approved('demo-leader-1', { forUserId: uid('demo-resident-2') });
    data(await call('demo-party-2', { action: 'claim', wishId: wish._id }));
    data(await call('demo-party-2', { action: 'fulfil', wishId: wish._id, note: '已送到', minutes: 30 }));
    const countBefore = data(await call('demo-admin', { action: 'list', tab: 'dreams' })).dreams;
    const results = await Promise.all(
      ['demo-resident-2', 'demo-leader-1', 'demo-resident-2', 'demo-leader-1'].map((p) =>
        call(p, { action: 'confirm', wishId: wish._id }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.reduce((s, r) => s + (r.ok ? r.data.points : 0), 0)).toBe(10);
    expect(cloud.store.count('point_entries', { _id: `wish:${wish._id}:claimer` })).toBe(1);
    expect(cloud.store.count('hour_entries', { sourceId: wish._id })).toBe(1);
    expect(data(await call('demo-admin', { action: 'list', tab: 'dreams' })).dreams).toBe(countBefore + 1);
  });

  it('a registered 在职党员’s hours count for their 共建单位', async () => {
    cloud.store.insertMany('member_registrations', [
      {
        _id: `c-demo_${uid('demo-party-3')}`,
        communityId: 'c-demo',
        userId: uid('demo-party-3'),
        name: '刘党员',
        unitId: 'unit-wish-test',
        partyOrg: '县财政局机关党支部',
        skills: [],
        skillsNote: '',
        availableTimes: [],
        status: 'confirmed',
        createdAt: new Date(),
      },
    ]);
    const wish = await approved('demo-resident-3');
    data(await call('demo-party-3', { action: 'claim', wishId: wish._id }));
    data(await call('demo-party-3', { action: 'fulfil', wishId: wish._id, note: '辅导完成', minutes: 60 }));
    data(await call('demo-resident-3', { action: 'confirm', wishId: wish._id }));
    expect(cloud.store.find('hour_entries', { sourceId: wish._id })[0]).toMatchObject({ unitId: 'unit-wish-test' });
    expect(cloud.store.find('hour_accounts', { holder: 'unit', holderId: 'unit-wish-test' })[0].totalMinutes).toBe(60);
  });

  it('minutes beyond the community’s cap are credited at the cap', async () => {
    const wish = await approved('demo-resident-2');
    data(await call('demo-party-1', { action: 'claim', wishId: wish._id }));
    data(await call('demo-party-1', { action: 'fulfil', wishId: wish._id, note: '陪同就医', minutes: 480 }));
    data(await call('demo-resident-2', { action: 'confirm', wishId: wish._id }));
    expect(cloud.store.find('hour_entries', { sourceId: wish._id })[0].minutes).toBe(240);
  });
});

describe('claims race', () => {
  it('8 party members tap 认领 at once: exactly one wins, 7 hear 已被认领', async () => {
    const members = Array.from({ length: 8 }, (_, i) => `wish-race-${i}`);
    cloud.store.insertMany(
      'users',
      members.map((openid, i) => ({
        _id: uid(openid),
        openid,
        communityId: 'c-demo',
        name: `党员${i}`,
        phone: '13700000000',
        buildingId: 'b-demo-2-2',
        room: `${i + 1}01`,
        grants: [{ role: 'party_member', scope: { gridId: 'g-demo-2' } }],
      })),
    );
    const wish = await approved('demo-resident-3');
    const results = await Promise.all(members.map((m) => call(m, { action: 'claim', wishId: wish._id })));
    const winners = results.flatMap((r, i) => (r.ok ? [members[i]] : []));
    expect(winners).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) {
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', reason: 'WISH_ALREADY_CLAIMED', message: REFUSALS.WISH_ALREADY_CLAIMED.message },
      });
      expect(r.ok ? '' : r.error.message).toContain('已被认领');
    }
    expect(cloud.store.find('wishes', { _id: wish._id })[0].claimerId).toBe(uid(winners[0]));
  });

  it('a claim released goes back to the wall for the next member; a cancel racing a claim lets one happen', async () => {
    const wish = await approved('demo-resident-1');
    data(await call('demo-party-1', { action: 'claim', wishId: wish._id }));
    const released = data(await call('demo-party-1', { action: 'release', wishId: wish._id })).wish;
    expect(released.status).toBe('open');
    expect(cloud.store.find('wishes', { _id: wish._id })[0].claimerId).toBeUndefined();
    data(await call('demo-party-2', { action: 'claim', wishId: wish._id }));

    const other = await approved('demo-resident-1');
    const [claim, cancel] = await Promise.all([
      call('demo-party-1', { action: 'claim', wishId: other._id }),
      call('demo-resident-1', { action: 'cancel', wishId: other._id }),
    ]);
    expect([claim.ok, cancel.ok].filter(Boolean)).toHaveLength(1);
    const stored = cloud.store.find('wishes', { _id: other._id })[0];
    expect(stored.status).toBe(claim.ok ? 'claimed' : 'cancelled');
  });
});

describe('who may do what', () => {
  // Actors: the poster (resident), the leader of this building, a resident of another building,
  // a party member, the admin, and the admin of another community.
  it('posting: for oneself, or a leader for a resident of their own building only', async () => {
    expect((await post('demo-leader-1', { forUserId: uid('demo-resident-1') })).postedByLeader).toBe(true);
    const refusals = await Promise.all([
      call('demo-leader-1', { action: 'post', requestId: rid(), ...WISH, forUserId: uid('demo-resident-3') }),
      call('demo-resident-2', { action: 'post', requestId: rid(), ...WISH, forUserId: uid('demo-resident-1') }),
      call('demo-leader-1', { action: 'post', requestId: rid(), ...WISH, forUserId: uid('demo-resident-b') }),
      call('demo-leader-1', { action: 'post', requestId: rid(), ...WISH, forUserId: 'u_nobody' }),
      call('demo-newcomer-1', { action: 'post', requestId: rid(), ...WISH }),
    ]);
    expect(refusals.map(refusalOf)).toEqual([
      'WISH_FOR_OUT_OF_SCOPE',
      'WISH_FOR_OUT_OF_SCOPE',
      'WISH_FOR_OUT_OF_SCOPE',
      'WISH_FOR_OUT_OF_SCOPE',
      'WISH_NEEDS_ADDRESS',
    ]);
    const past = await call('demo-resident-1', { action: 'post', requestId: rid(), ...WISH, dueDate: '2020-01-01' });
    expect(past).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    // the same request twice is one wish
    const requestId = rid();
    const [a, b] = await Promise.all([
      call('demo-resident-3', { action: 'post', requestId, ...WISH }),
      call('demo-resident-3', { action: 'post', requestId, ...WISH }),
    ]);
    expect(data(a).wish._id).toBe(data(b).wish._id);
  });

  it('every action by every role', async () => {
    const matrix: Record<string, Record<string, string>> = {};
    const row = async (action: string, wishId: string, extra: object, who: string[]) => {
      matrix[action] = {};
      for (const p of who) matrix[action][p] = refusalOf(await call(p, { action, wishId, ...extra })) ?? '?';
    };
    const people = ['demo-leader-1', 'demo-resident-3', 'demo-party-1', 'demo-admin-b'];
    // review: only the community's admin
    const pending = await post('demo-resident-1');
    await row('review', pending._id, { approve: true }, [...people, 'demo-resident-1']);
    // cancel: only the poster's side
    const open = await approved('demo-resident-1');
    await row('cancel', open._id, {}, [...people, 'demo-admin']);
    // claim: only a party member who is not the poster
    const own = await approved('demo-party-3');
    await row('claim', own._id, {}, ['demo-party-3', 'demo-resident-3', 'demo-leader-1', 'demo-admin', 'demo-admin-b']);
    // release, fulfil: only the claimer
    data(await call('demo-party-1', { action: 'claim', wishId: open._id }));
    await row('release', open._id, {}, ['demo-party-2', 'demo-resident-1', 'demo-admin', 'demo-admin-b']);
    await row('fulfil', open._id, { note: '好了', minutes: 30 }, ['demo-party-2', 'demo-resident-1', 'demo-admin']);
    // confirm: the resident or the poster only
    data(await call('demo-party-1', { action: 'fulfil', wishId: open._id, note: '好了', minutes: 30 }));
    await row('confirm', open._id, {}, [
      'demo-party-1',
      'demo-leader-1',
      'demo-resident-3',
      'demo-admin',
      'demo-admin-b',
    ]);

    expect(matrix).toEqual({
      review: {
        'demo-leader-1': 'NOT_FOUND',
        'demo-resident-3': 'NOT_FOUND',
        'demo-party-1': 'NOT_FOUND',
        'demo-admin-b': 'NOT_FOUND',
        'demo-resident-1': 'NOT_ADMIN',
      },
      cancel: {
        'demo-leader-1': 'WISH_NOT_POSTER',
        'demo-resident-3': 'WISH_NOT_POSTER',
        'demo-party-1': 'WISH_NOT_POSTER',
        'demo-admin-b': 'NOT_FOUND',
        'demo-admin': 'WISH_NOT_POSTER',
      },
      claim: {
        'demo-party-3': 'WISH_OWN',
        'demo-resident-3': 'WISH_CLAIM_NOT_ALLOWED',
        'demo-leader-1': 'WISH_CLAIM_NOT_ALLOWED',
        'demo-admin': 'WISH_CLAIM_NOT_ALLOWED',
        'demo-admin-b': 'NOT_FOUND',
      },
      release: {
        'demo-party-2': 'WISH_NOT_CLAIMER',
        'demo-resident-1': 'WISH_NOT_CLAIMER',
        'demo-admin': 'WISH_NOT_CLAIMER',
        'demo-admin-b': 'NOT_FOUND',
      },
      fulfil: {
        'demo-party-2': 'WISH_NOT_CLAIMER',
        'demo-resident-1': 'WISH_NOT_CLAIMER',
        'demo-admin': 'WISH_NOT_CLAIMER',
      },
      confirm: {
        'demo-party-1': 'WISH_NOT_POSTER',
        'demo-leader-1': 'WISH_NOT_POSTER',
        'demo-resident-3': 'WISH_NOT_POSTER',
        'demo-admin': 'WISH_NOT_POSTER',
        'demo-admin-b': 'NOT_FOUND',
      },
    });
    // Nothing moved: each wish is where the one allowed move left it.
    expect(cloud.store.find('wishes', { _id: pending._id })[0].status).toBe('pending_review');
    expect(cloud.store.find('wishes', { _id: open._id })[0].status).toBe('fulfilled');
    expect(cloud.store.find('wishes', { _id: own._id })[0].status).toBe('open');
  });

  it('the review queue is the admins’ alone', async () => {
    expect(refusalOf(await call('demo-resident-1', { action: 'list', tab: 'review' }))).toBe('NOT_ADMIN');
    const otherQueue = data(await call('demo-admin-b', { action: 'list', tab: 'review' }));
    expect(otherQueue.items).toEqual([]);
  });
});

describe('privacy', () => {
  /** Everything of a person that must not reach a viewer, as it could appear in any field. */
  const traces = (openid: string) => {
    const [person] = cloud.store.find('users', { _id: uid(openid) });
    return [String(person.name), String(person.phone), `${String(person.room)}室`, uid(openid)];
  };
  const leaks = (view: unknown, openids: string[]) => {
    const text = JSON.stringify(view);
    return openids.flatMap((o) => traces(o)).filter((t) => text.includes(t));
  };

  it('the public card, lists and timeline name no one; the claimer gets the poster as contact, no more', async () => {
    const wish = await approved('demo-leader-1', { forUserId: uid('demo-resident-2') });
    const room = cloud.store.find('users', { _id: uid('demo-resident-2') })[0].room as string;
    const everyone = ['demo-resident-2', 'demo-leader-1', 'demo-party-1'];
    // A neighbour and a party member before claiming: the card and the wall.
    for (const viewer of ['demo-resident-3', 'demo-party-1', 'demo-party-2']) {
      const card = data(await get(viewer, wish._id)).wish;
      expect(leaks(card, everyone)).toEqual([]);
      expect(JSON.stringify(card)).not.toMatch(new RegExp(`"${room}"|posterId|beneficiaryId|claimerId|people`));
      expect(card).toMatchObject({ who: '1号楼一位老人', buildingName: '1号楼' });
      expect(card.contact).toBeUndefined();
      expect(card.beneficiary).toBeUndefined();
      expect(card.timeline.map((t: { role: string }) => t.role)).toEqual(['楼栋长', '社区']);
    }
    const wall = data(await call('demo-resident-3', { action: 'list', tab: 'open' }));
    expect(leaks(wall, everyone)).toEqual([]);

    // The claimer: whom to call (the leader who posted it), never the resident's name, room or phone.
    const claimed = data(await call('demo-party-1', { action: 'claim', wishId: wish._id })).wish;
    const leader = cloud.store.find('users', { _id: uid('demo-leader-1') })[0];
    expect(claimed.contact).toEqual({ name: leader.name, phone: leader.phone });
    expect(leaks(claimed, ['demo-resident-2'])).toEqual([]);
    expect(claimed.beneficiary).toBeUndefined();
    expect(JSON.stringify(claimed)).not.toContain(`"${room}"`);
    // Others still see the card only, even with a claimer on it: no claimer named either.
    const neighbour = data(await get('demo-resident-3', wish._id)).wish;
    expect(leaks(neighbour, everyone)).toEqual([]);
    expect(neighbour.claimer).toBeUndefined();

    data(await call('demo-party-1', { action: 'fulfil', wishId: wish._id, note: '已送到家', minutes: 30 }));
    const afterFulfil = data(await get('demo-resident-3', wish._id)).wish;
    expect(afterFulfil.fulfilment).toBeUndefined();
    expect(leaks(afterFulfil, everyone)).toEqual([]);
    expect(afterFulfil.timeline.map((t: { role: string }) => t.role)).toEqual(['楼栋长', '社区', '党员', '党员']);

    // The poster's side sees who it is for and who claimed it.
    const full = data(await get('demo-resident-2', wish._id)).wish;
    expect(full.beneficiary).toMatchObject({ room });
    expect(full.claimer).toMatchObject({ name: cloud.store.find('users', { _id: uid('demo-party-1') })[0].name });

    // Released: the former claimer is back to the public card.
    const second = await approved('demo-resident-1');
    data(await call('demo-party-2', { action: 'claim', wishId: second._id }));
    data(await call('demo-party-2', { action: 'release', wishId: second._id }));
    const back = data(await get('demo-party-2', second._id)).wish;
    expect(back.contact).toBeUndefined();
    expect(leaks(back, ['demo-resident-1'])).toEqual([]);
  });

  it('another community sees nothing: not the card, not the wall, not the 圆梦 count', async () => {
    const wish = await approved('demo-resident-1');
    expect(await get('demo-resident-b', wish._id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const wall = data(await call('demo-resident-b', { action: 'list', tab: 'open' }));
    expect(wall.items).toEqual([]);
    expect(wall.dreams).toBe(0);
  });
});
