/** 台账 rules (domain/ledgers): periods in China time, who may export, and what a row shows. */
import { ledgerScope, mayExportLedgers, personalFields } from '../../domain/ledgers/access';
import { periodRange, recentPeriods } from '../../domain/ledgers/period';
import { orderRow, orderTotals, type LedgerOrder } from '../../domain/ledgers/order-rows';
import { totalsByPerson } from '../../domain/ledgers/points-rows';
import type { Actor } from '../../domain/actor';

describe('periods', () => {
  it('cuts months, quarters and years at China midnight', () => {
    expect(periodRange('2026-11')).toEqual({
      from: new Date('2026-10-31T16:00:00Z'),
      to: new Date('2026-11-30T16:00:00Z'),
      label: '2026年11月',
    });
    expect(periodRange('2026-12')?.to).toEqual(new Date('2026-12-31T16:00:00Z'));
    expect(periodRange('2026-Q4')).toMatchObject({ from: new Date('2026-09-30T16:00:00Z'), label: '2026年第4季度' });
    expect(periodRange('2026')).toMatchObject({ to: new Date('2026-12-31T16:00:00Z'), label: '2026年' });
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '26-01', '2026-1']) expect(periodRange(bad)).toBeUndefined();
  });

  it('offers this period and the ones before it, in China time', () => {
    // 2027-01-01 01:00 in China is still 2026-12-31 in UTC.
    const now = new Date('2026-12-31T17:00:00Z');
    expect(recentPeriods('month', now, 3).map((p) => p.value)).toEqual(['2027-01', '2026-12', '2026-11']);
    expect(recentPeriods('quarter', now, 3).map((p) => p.value)).toEqual(['2027-Q1', '2026-Q4', '2026-Q3']);
    expect(recentPeriods('year', now, 2).map((p) => p.label)).toEqual(['2027年', '2026年']);
  });
});

const actor = (grants: Actor['grants']): Actor => ({
  userId: 'u1',
  name: '李书记',
  communityId: 'c1',
  buildingId: 'b1',
  grants,
});

describe('who may export', () => {
  it('is a community admin, for their own community only', () => {
    const admin = actor([{ role: 'community_admin', scope: { communityId: 'c1' } }]);
    expect(mayExportLedgers(admin)).toBe(true);
    expect(ledgerScope(admin)).toEqual({ ok: true, scope: { communityId: 'c1', personal: 'named' } });
    expect(ledgerScope(admin, 'c2')).toMatchObject({ ok: false, reason: 'LEDGER_NOT_ALLOWED' });
    for (const role of ['grid_worker', 'party_member', 'property'] as const) {
      const worker = actor([{ role, scope: { gridId: 'g1' } }]);
      expect(mayExportLedgers(worker)).toBe(false);
      expect(ledgerScope(worker)).toMatchObject({ ok: false, reason: 'LEDGER_NOT_ALLOWED' });
    }
    expect(ledgerScope(actor([{ role: 'building_leader', scope: { buildingId: 'b1' } }]))).toMatchObject({ ok: false });
    expect(ledgerScope(actor([]))).toMatchObject({ ok: false });
  });

  it('never writes a dialable phone; a masked view hides name and room too', () => {
    const person = { name: '周奶奶', room: '302', phone: '13900000001' };
    expect(personalFields('named', person)).toEqual({ name: '周奶奶', room: '302', phone: '139****0001' });
    expect(personalFields('masked', person)).toEqual({ name: '周**', room: '3**', phone: '139****0001' });
  });
});

describe('rows', () => {
  const at = new Date('2026-11-03T02:00:00Z');
  const order: LedgerOrder = {
    _id: 'o1',
    createdAt: at,
    category: 'elderly',
    gridId: 'g1',
    buildingId: 'b1',
    room: '302',
    residentName: '周奶奶',
    contactPhone: '13900000001',
    takerName: '张党员',
    status: 'rectifying',
    rating: { score: 2 },
    overdueLevel: 1,
    timeline: [
      { at, action: 'submit' },
      { at: new Date(at.getTime() + 3_600_000), action: 'grab' },
      { at: new Date(at.getTime() + 7_200_000), action: 'complete' },
    ],
  };
  const names = { grids: new Map([['g1', '网格一']]), buildings: new Map([['b1', '1号楼']]) };

  it('shows the times taken and completed, and 整改中 for a badly rated order', () => {
    expect(orderRow(order, 1, 'named', names)).toEqual([
      1,
      '2026-11-03 10:00',
      '居家养老',
      '未分类',
      '网格一',
      '1号楼',
      '周奶奶',
      '302',
      '139****0001',
      '张党员',
      '2026-11-03 11:00',
      '2026-11-03 12:00',
      '是',
      2,
      '整改中',
      '整改中',
    ]);
    const confirmed: LedgerOrder = {
      ...order,
      status: 'closed',
      rectification: '已修好',
      closedAs: 'rectify_confirmed',
    };
    expect(orderRow(confirmed, 2, 'named', names).slice(14)).toEqual(['居民确认整改', '已办结']);
    const replied: LedgerOrder = { ...order, rectification: '已修好' };
    expect(orderRow(replied, 3, 'named', names)[14]).toBe('已整改·待确认');
    const unrated: LedgerOrder = { ...order, status: 'closed', rating: undefined, closedAs: 'unrated' };
    expect(orderRow(unrated, 4, 'named', names).slice(13)).toEqual(['', '', '已办结（未评价）']);
    const totals = orderTotals([order, { ...confirmed, rating: { score: 4 } }]);
    expect(totals.slice(0, 2)).toEqual(['合计', '共 2 件']);
    expect(totals.slice(12)).toEqual(['超时 2 件', 3, '整改 2 件（居民确认 1 件）', '办结 2 件']);
  });

  it('sums points per person: earnings by area, spending, refunds and reversals apart', () => {
    const e = (kind: 'earn' | 'spend' | 'refund' | 'reversal', amount: number, area?: 'virtue') => ({
      userId: 'u1',
      gridId: 'g1',
      kind,
      amount,
      area,
      reason: '',
      balanceAfter: 0,
      at,
    });
    const [p] = totalsByPerson([
      e('earn', 10, 'virtue'),
      e('earn', 5),
      e('spend', -8),
      e('refund', 8),
      e('reversal', -5),
    ]);
    expect(p).toMatchObject({ earned: 15, otherEarned: 5, spent: 8, adjusted: 3 });
    expect(p.byArea.virtue).toBe(10);
  });
});
