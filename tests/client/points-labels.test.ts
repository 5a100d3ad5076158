/** The pure modules of the points pages: ledger words, item and redemption words, codes, forms, search. */
import {
  amountTone,
  entryMeta,
  inlineQrIds,
  itemFacts,
  mayReverse,
  redeemBlock,
  redemptionStatusLabel,
  reversedIds,
  signedAmount,
} from '../../src/features/points/labels';
import { balanceTitle } from '../../src/features/points/balance-title';
import { checkCode, codeFromScan, formatCode } from '../../src/features/points/code';
import { normalizeRedemptionCode as normalizeCode } from '../../types/points';
import { boardEmptyText, BOARD_TABS } from '../../src/features/points/board';
import { memberLine, searchMembers } from '../../src/features/points/member-search';
import { requestIdKeepers } from '../../src/features/points/request-ids';
import { memberPointsUrl } from '../../src/features/points/routes';
import type { EntryView } from '../../types/points';
import type { Member } from '../../types/user';

const entry = (over: Partial<EntryView>): EntryView => ({
  _id: 'e1',
  amount: 10,
  kind: 'earn',
  reason: '参加楼道卫生清理',
  balanceAfter: 10,
  at: '2025-01-01T00:00:00.000Z',
  ...over,
});

describe('ledger entries', () => {
  test('amounts always carry their sign; gains are red, losses grey', () => {
    expect(signedAmount(10)).toBe('+10');
    expect(signedAmount(-30)).toBe('-30');
    expect([amountTone(2), amountTone(-2)]).toEqual(['gain', 'loss']);
  });

  test('the line under the reason names the area (when there is one) and the kind', () => {
    expect(entryMeta(entry({ area: 'environment' }))).toBe('环境卫生 · 获得');
    expect(entryMeta(entry({ kind: 'spend', amount: -30 }))).toBe('兑换');
    expect(entryMeta(entry({ kind: 'reversal', area: 'volunteer', amount: -10 }))).toBe('志愿服务 · 冲正');
    expect(entryMeta(entry({ kind: 'refund', amount: 30 }))).toBe('退回');
  });

  test('冲正 is offered on earnings only, and not on one already reversed in sight', () => {
    const entries = [
      entry({ _id: 'reverse:e1', kind: 'reversal', amount: -10, reverses: 'e1' }),
      entry({ _id: 'e1' }),
      entry({ _id: 'e2' }),
      entry({ _id: 'redeem:r1', kind: 'spend', amount: -30 }),
    ];
    const reversed = reversedIds(entries);
    expect(entries.filter((e) => mayReverse(e, reversed)).map((e) => e._id)).toEqual(['e2']);
  });

  test('party members see 先锋积分; everyone else 我的积分', () => {
    expect(balanceTitle('先锋积分')).toBe('先锋积分');
    expect(balanceTitle('积分')).toBe('我的积分');
    expect(balanceTitle(undefined)).toBe('我的积分');
  });
});

describe('爱心超市', () => {
  test('an item says what is left and the per-person limit', () => {
    expect(itemFacts({ stock: 12, limitPerPerson: 1 })).toEqual(['剩 12 件', '每人限兑 1 件']);
    expect(itemFacts({ stock: 0 })).toEqual(['已兑完']);
    expect(itemFacts({ stock: 3, valueFen: 4990 })).toEqual(['剩 3 件', '参考价值 ¥49.90']);
  });

  test('兑换 is blocked when nothing is left, or the balance just read is short', () => {
    expect(redeemBlock({ stock: 0, cost: 10 }, 100)).toBe('已兑完');
    expect(redeemBlock({ stock: 3, cost: 30 }, 20)).toBe('积分不足');
    expect(redeemBlock({ stock: 3, cost: 30 }, 30)).toBe('');
    expect(redeemBlock({ stock: 3, cost: 30 }, undefined)).toBe(''); // not read yet: the function decides
  });

  test('redemption statuses read as the table says', () => {
    expect(redemptionStatusLabel('pending')).toBe('待核销');
    expect(redemptionStatusLabel('fulfilled')).toBe('已核销');
  });

  test('only the first two pending redemptions draw their QR code on the list', () => {
    const rs = [
      { _id: 'a', status: 'fulfilled' as const },
      { _id: 'b', status: 'pending' as const },
      { _id: 'c', status: 'pending' as const },
      { _id: 'd', status: 'pending' as const },
    ];
    expect([...inlineQrIds(rs)]).toEqual(['b', 'c']);
  });
});

describe('redemption codes', () => {
  test('shown in two groups of four', () => expect(formatCode('7K3M9QXZ')).toBe('7K3M 9QXZ'));

  test('typed codes are read as the function reads them: any case, spaces, dashes, O for 0, I/L for 1', () => {
    expect(normalizeCode(' 7k3m-9qxz ')).toBe('7K3M9QXZ');
    expect(normalizeCode('OIL12345')).toBe('01112345');
    expect(checkCode('7k3m 9qxz')).toEqual({ code: '7K3M9QXZ' });
    expect(checkCode('')).toEqual({ error: '请输入兑换码' });
    expect(checkCode('7K3M9QX')).toEqual({ error: '核销码应为 8 位字母或数字' });
    expect(checkCode('7K3M9QXU')).toEqual({ error: '核销码应为 8 位字母或数字' }); // U is not in the alphabet
    expect(checkCode(' - ')).toEqual({ error: '请输入兑换码' });
    expect(checkCode('7K3M9QXZ7K3M9QXZ7K3M9')).toEqual({ error: '核销码应为 8 位字母或数字' }); // over 20 typed
  });

  test('a scanned QR code that is not one of ours is refused before any call', () => {
    expect(codeFromScan('7K3M9QXZ')).toEqual({ code: '7K3M9QXZ' });
    expect(codeFromScan('https://example.com/x')).toEqual({ error: expect.stringContaining('不是兑换码') });
  });
});

describe('红榜 and admin lists', () => {
  test('three tabs: 本月, 本年, 总榜', () => {
    expect(BOARD_TABS.map((t) => t.label)).toEqual(['本月', '本年', '总榜']);
    expect(boardEmptyText('month')).toBe('本月还没有人获得积分。');
  });

  const names = new Map([['b-1', '1号楼']]);
  const member = (name: string, room: string, roles: Member['roles'] = []): Member => ({
    _id: name,
    name,
    phone: '',
    buildingId: 'b-1',
    room,
    roles: [{ role: 'resident', scope: { buildingId: 'b-1' } }, ...roles],
  });
  const people = [
    member('周奶奶', '302'),
    member('张党员', '501', [{ role: 'party_member', scope: { gridId: 'g-1' } }]),
    member('吴大爷', '402'),
  ];

  test('a member row says their work roles and where they live', () => {
    expect(memberLine(people[1], names)).toBe('党员 · 1号楼 501室');
    expect(memberLine(people[0], names)).toBe('1号楼 302室');
    expect(memberLine({ ...people[0], buildingId: '', room: '' }, names)).toBe('居民');
  });

  test('members are found by a piece of the name or the room', () => {
    expect(searchMembers(people, '奶').map((m) => m.name)).toEqual(['周奶奶']);
    expect(searchMembers(people, ' 40 ').map((m) => m.name)).toEqual(['吴大爷']);
    expect(searchMembers(people, '')).toHaveLength(3);
  });

  test("a member's page carries the id and the name, encoded", () => {
    expect(memberPointsUrl('u-1', '周 奶奶')).toBe(
      '/packages/admin/member-points/index?id=u-1&name=%E5%91%A8%20%E5%A5%B6%E5%A5%B6',
    );
  });
});

test('one requestId per thing: kept across retries of it, fresh after it went through, never shared', () => {
  let n = 0;
  const keeperFor = requestIdKeepers(() => `id-${++n}`);
  expect(keeperFor('item-a').current()).toBe('id-1');
  expect(keeperFor('item-a').current()).toBe('id-1'); // a retry (double tap, dropped network)
  expect(keeperFor('item-b').current()).toBe('id-2'); // another item never reuses a doubtful id
  keeperFor('item-a').settled();
  expect(keeperFor('item-a').current()).toBe('id-3'); // the next redemption of it
});
