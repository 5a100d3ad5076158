/**
 * 台账 exports (issue 13) on the local cloud: the 三单、积分、议事 台账 come back as workbooks whose
 * titles, rows and 合计 match what was recorded, with phones masked; a meeting's 纪要 is a Word
 * document holding its topics and decisions; and the file itself reaches its exporter only.
 */
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { DEMO_MEETING_MINUTES } from '../../scripts/demo-meetings';
import { data, startTestCloud, type TestCloud } from '../support/cloud';
import { chinaMonth, docxText, download, readWorkbook, sheetRows } from '../support/ledger-files';
import { fileOrder, newRequestId, orderIn } from '../support/orders';

jest.setTimeout(90_000);

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoMeetings: true });
});
afterAll(() => cloud.close());

async function exported(openid: string, event: object) {
  const file = data(await cloud.call('ledgers', openid, event));
  const got = await download(file.url, openid);
  expect(got.status).toBe(200);
  return { file, bytes: got.bytes };
}

describe('三单台账', () => {
  it('lists each order of the period with title, masked phone and a 合计 row', async () => {
    const taken = await orderIn(cloud, 'completed'); // 周奶奶, 1号楼 302, grid 1, done by 张党员
    await fileOrder(cloud, 'demo-resident-3', { category: 'property', content: '电梯异响' });
    data(await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: taken._id, score: 5 }));
    const period = chinaMonth(new Date(taken.createdAt));

    const { file, bytes } = await exported('demo-admin', { action: 'orders', period });
    expect(file.rows).toBe(2);
    expect(file.name).toMatch(/^三单台账-示范社区-全部网格-\d{4}年\d{1,2}月\.xlsx$/);
    const rows = sheetRows((await readWorkbook(bytes)).worksheets[0]);
    expect(rows[0][0]).toMatch(/^示范社区三单台账（\d{4}年\d{1,2}月）$/);
    expect(rows[1][0]).toContain('网格：全部网格');
    expect(rows[2].slice(0, 4)).toEqual(['序号', '提交时间', '类别', '派单分类']);
    const [first, second, totals] = rows.slice(3);
    expect(first).toEqual([
      '1',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      '居家养老',
      '受理自办类',
      '网格一',
      '1号楼',
      '周奶奶',
      '302',
      '139****0001',
      '张党员',
      expect.stringMatching(/^\d{4}-/),
      expect.stringMatching(/^\d{4}-/),
      '否',
      '5',
      '',
      '已办结（已评价）',
    ]);
    expect(second.slice(2, 8)).toEqual(['物业服务', '未分类', '网格二', '3号楼', '郑阿姨', '203']);
    expect(second[15]).toBe('待派单');
    expect(totals[0]).toBe('合计');
    expect(totals[1]).toBe('共 2 件');
    expect(totals[13]).toBe('5');
    expect(totals[15]).toBe('办结 1 件');
    expect(totals[14]).toBe('整改 0 件（居民确认 0 件）');
    // No dialable phone anywhere in the file.
    expect(rows.flat().join('|')).not.toMatch(/1[3-9]\d{9}/);
  });

  it('exports one grid only when a grid is chosen', async () => {
    const { file, bytes } = await exported('demo-admin', {
      action: 'orders',
      period: chinaMonth(),
      gridId: 'g-demo-2',
    });
    const rows = sheetRows((await readWorkbook(bytes)).worksheets[0]);
    expect(rows[1][0]).toContain('网格：网格二');
    const dataRows = rows.slice(3, -1);
    expect(dataRows.length).toBe(file.rows);
    expect(dataRows.every((r) => r[4] === '网格二')).toBe(true);
  });

  it('an empty period still has its title and a 合计 of none', async () => {
    const { file, bytes } = await exported('demo-admin', { action: 'orders', period: '2001-01' });
    expect(file.rows).toBe(0);
    const rows = sheetRows((await readWorkbook(bytes)).worksheets[0]);
    expect(rows[0][0]).toBe('示范社区三单台账（2001年1月）');
    expect(rows[3].slice(0, 2)).toEqual(['合计', '共 0 件']);
  });
});

describe('积分台账', () => {
  it('sums each person’s entries by area, with balance and lifetime, and lists every entry', async () => {
    const zhou = userIdFor('demo-resident-1');
    for (const [amount, area] of [
      [20, 'environment'],
      [15, 'volunteer'],
    ] as const) {
      data(
        await cloud.call('points', 'demo-admin', {
          action: 'award',
          userId: zhou,
          amount,
          area,
          reason: '楼道清扫',
          requestId: newRequestId(),
        }),
      );
    }
    const { bytes } = await exported('demo-admin', { action: 'points', period: chinaMonth() });
    const book = await readWorkbook(bytes);
    const people = sheetRows(book.getWorksheet('按人汇总')!);
    expect(people[0][0]).toMatch(/^示范社区积分台账（/);
    const header = people[2];
    const row = people.find((r) => r[1] === '周奶奶')!;
    const col = (h: string) => header.indexOf(h);
    expect(row[col('环境卫生')]).toBe('20');
    expect(row[col('志愿服务')]).toBe('15');
    expect(Number(row[col('本期获得')])).toBeGreaterThanOrEqual(35);
    const account = cloud.store.get('point_accounts', `c-demo_${zhou}`) as { balance: number; lifetime: number };
    expect(Number(row[col('当前余额')])).toBe(account.balance);
    expect(Number(row[col('累计获得')])).toBe(account.lifetime);
    const totals = people[people.length - 1];
    const body = people.slice(3, -1);
    expect(totals[0]).toBe('合计');
    expect(Number(totals[col('本期获得')])).toBe(body.reduce((s, r) => s + Number(r[col('本期获得')]), 0));

    const entries = sheetRows(book.getWorksheet('积分明细')!);
    const zhouEntries = entries.filter((r) => r[2] === '周奶奶');
    expect(zhouEntries.map((r) => r[6])).toEqual(expect.arrayContaining(['20', '15']));
  });
});

describe('议事台账 and 纪要', () => {
  it('lists the meeting with its attendees, topics, decisions, owners, due dates and progress', async () => {
    const meeting = cloud.store.get('meetings', DEMO_MEETING_MINUTES) as { startsAt: Date | string };
    const period = chinaMonth(new Date(meeting.startsAt as string));
    const { bytes } = await exported('demo-admin', { action: 'meetings', period });
    const book = await readWorkbook(bytes);
    const meetings = sheetRows(book.getWorksheet('会议')!);
    const row = meetings.find((r) => r[3] === '小区停车难怎么办')!;
    expect(row.slice(2, 7)).toEqual(['五步议事法', '小区停车难怎么办', '全社区', '社区议事厅', '李书记']);
    expect(Number(row[7])).toBeGreaterThan(0);
    expect(row[8]).toContain('周奶奶');
    expect(row.slice(10, 12)).toEqual(['2', '1']);
    expect(meetings[meetings.length - 1][0]).toBe('合计');

    const decisions = sheetRows(book.getWorksheet('议题与决策')!);
    const charging = decisions.find((r) => r[6] === '车棚加装 20 个充电口')!;
    expect(charging[10]).toBe('已落实');
    const parking = decisions.find((r) => r[6] === '东侧空地改建 12 个车位，两周内完工')!;
    expect(parking[7]).not.toBe('');
    expect(parking[8]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['落实中', '逾期']).toContain(parking[10]);
  });

  it('makes the 纪要 a Word document with the meeting’s topics and decisions', async () => {
    const { file, bytes } = await exported('demo-admin', { action: 'minutes', meetingId: DEMO_MEETING_MINUTES });
    expect(file.name).toMatch(/^会议纪要-示范社区-小区停车难怎么办-\d{4}-\d{2}-\d{2}\.docx$/);
    const text = docxText(bytes);
    expect(text).toContain('示范社区');
    expect(text).toContain('小区停车难怎么办 会议纪要');
    expect(text).toContain('东侧空地改建 12 个车位，两周内完工');
    expect(text).toContain('车棚加装 20 个充电口');
    expect(text).toContain('合计：决策 2 项，已落实 1 项。');
    expect(text).not.toMatch(/1[3-9]\d{9}/);
  });

  it('answers NOT_FOUND for another community’s or a missing meeting', async () => {
    const other = await cloud.call('ledgers', 'demo-admin-b', { action: 'minutes', meetingId: DEMO_MEETING_MINUTES });
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const missing = await cloud.call('ledgers', 'demo-admin', { action: 'minutes', meetingId: 'no-such-meeting' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
