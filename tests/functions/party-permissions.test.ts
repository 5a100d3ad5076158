/**
 * Who may do what in function `party`, as one matrix: resident, party member (confirmed), community
 * admin, the admin of this 共建单位, the admin of another unit, and the admin of another community.
 * Each cell is the refusal's name, or 'ok'. Reads only, or writes that are refused — except the
 * admin's own cells, which run last on fresh subjects.
 */
import { startTestCloud, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { currentPeriod } from '../../domain/party/rules';

let cloud: TestCloud;
const period = currentPeriod(new Date());
const zhang = userIdFor('demo-party-1');
const cardId = `c-demo_${zhang}_${period}`;
const reason = (res: any) => (res.ok ? 'ok' : (res.error.reason ?? res.error.code));

beforeAll(async () => {
  cloud = await startTestCloud({ demoParty: true });
  // 另一个单位 with its own admin (卫科长), paired with 示范社区 too.
  const res = await cloud.call('party', null, {
    action: 'unit.setup',
    unitId: 'unit-other',
    name: '县人社局',
    kind: 'organ',
    communityIds: ['c-demo'],
    adminOpenid: 'demo-dept-2',
  });
  expect(res.ok).toBe(true);
});
afterAll(() => cloud.close());

const WHO = ['demo-resident-1', 'demo-party-1', 'demo-unit', 'demo-dept-2', 'demo-admin-b', 'demo-admin'] as const;
type Who = (typeof WHO)[number];

const MATRIX: [string, object, Record<Who, string>][] = [
  [
    'review.list',
    { action: 'review.list', status: 'pending' },
    {
      'demo-resident-1': 'NOT_ADMIN',
      'demo-party-1': 'NOT_ADMIN',
      'demo-unit': 'NOT_ADMIN',
      'demo-dept-2': 'NOT_ADMIN',
      'demo-admin-b': 'ok',
      'demo-admin': 'ok',
    },
  ],
  [
    'member.get',
    { action: 'member.get', userId: zhang, period },
    {
      'demo-resident-1': 'NOT_ADMIN',
      'demo-party-1': 'NOT_ADMIN',
      'demo-unit': 'NOT_ADMIN',
      'demo-dept-2': 'NOT_ADMIN',
      'demo-admin-b': 'NOT_FOUND',
      'demo-admin': 'ok',
    },
  ],
  [
    'unit.overview',
    { action: 'unit.overview' },
    {
      'demo-resident-1': 'NOT_UNIT_ADMIN',
      'demo-party-1': 'NOT_UNIT_ADMIN',
      'demo-unit': 'ok',
      'demo-dept-2': 'ok',
      'demo-admin-b': 'NOT_UNIT_ADMIN',
      'demo-admin': 'NOT_UNIT_ADMIN',
    },
  ],
  [
    'unit.members',
    { action: 'unit.members', unitId: 'unit-demo-czj' },
    {
      'demo-resident-1': 'NOT_UNIT_ADMIN',
      'demo-party-1': 'NOT_UNIT_ADMIN',
      'demo-unit': 'ok',
      'demo-dept-2': 'NOT_UNIT_ADMIN',
      'demo-admin-b': 'NOT_UNIT_ADMIN',
      'demo-admin': 'NOT_UNIT_ADMIN',
    },
  ],
  [
    'card.list',
    { action: 'card.list', unitId: 'unit-demo-czj' },
    {
      'demo-resident-1': 'NOT_UNIT_ADMIN',
      'demo-party-1': 'NOT_UNIT_ADMIN',
      'demo-unit': 'ok',
      'demo-dept-2': 'NOT_UNIT_ADMIN',
      'demo-admin-b': 'NOT_UNIT_ADMIN',
      'demo-admin': 'NOT_UNIT_ADMIN',
    },
  ],
  [
    'card.file',
    { action: 'card.file', cardId },
    {
      'demo-resident-1': 'NOT_UNIT_ADMIN',
      'demo-party-1': 'NOT_UNIT_ADMIN',
      'demo-unit': 'ok',
      'demo-dept-2': 'NOT_UNIT_ADMIN',
      'demo-admin-b': 'NOT_UNIT_ADMIN',
      'demo-admin': 'ok',
    },
  ],
  [
    'suggest',
    { action: 'suggest', text: '建议多办讲座', requestId: 'matrix-1' },
    {
      'demo-resident-1': 'MEMBER_NOT_CONFIRMED',
      'demo-party-1': 'ok',
      'demo-unit': 'MEMBER_NOT_CONFIRMED',
      'demo-dept-2': 'MEMBER_NOT_CONFIRMED',
      'demo-admin-b': 'MEMBER_NOT_CONFIRMED',
      'demo-admin': 'MEMBER_NOT_CONFIRMED',
    },
  ],
  [
    'card.sign (already signed)',
    { action: 'card.sign', userId: zhang, period, remark: '好' + '评' },
    {
      'demo-resident-1': 'NOT_ADMIN',
      'demo-party-1': 'NOT_ADMIN',
      'demo-unit': 'NOT_ADMIN',
      'demo-dept-2': 'NOT_ADMIN',
      'demo-admin-b': 'NOT_FOUND',
      'demo-admin': 'FEEDBACK_CARD_SIGNED',
    },
  ],
  [
    'review.decide (刘党员, by each but the admin)',
    { action: 'review.decide', userId: userIdFor('demo-party-3'), decision: 'reject', reason: '测试' },
    {
      'demo-resident-1': 'NOT_ADMIN',
      'demo-party-1': 'NOT_ADMIN',
      'demo-unit': 'NOT_ADMIN',
      'demo-dept-2': 'NOT_ADMIN',
      'demo-admin-b': 'NOT_FOUND',
      'demo-admin': 'ok',
    },
  ],
];

test.each(MATRIX)('%s', async (_name, event, expected) => {
  const got: Record<string, string> = {};
  // The admin last: their cell may change what the others would see.
  for (const who of WHO) got[who] = reason(await cloud.call('party', who, event));
  expect(got).toEqual(expected);
});

test('another community’s member cannot register with a unit that does not pair with it', async () => {
  expect(
    reason(
      await cloud.call('party', 'demo-resident-b', {
        action: 'register',
        unitId: 'unit-demo-czj',
        partyOrg: '某党支部',
        availableTimes: ['sunday'],
      }),
    ),
  ).toBe('UNIT_NOT_PAIRED');
});

test('a 共建单位 admin gets nothing of the community’s residents: 人员管理 and 居民认证 are refused', async () => {
  expect(reason(await cloud.call('user', 'demo-unit', { action: 'members.list' }))).not.toBe('ok');
  expect(reason(await cloud.call('user', 'demo-unit', { action: 'residents.pending' }))).not.toBe('ok');
  expect(reason(await cloud.call('orders', 'demo-unit', { action: 'list', view: 'community' }))).not.toBe('ok');
});
