/**
 * The 在职党员报到 reads other features rely on (cloudfunctions/_shared/members.ts), run in-process
 * through the real wx-server-sdk against the local cloud (strict indexes): unitOfMember answers the
 * unit of a CONFIRMED registration only, and registrationsPage pages a community's confirmed
 * members by _id, filtered by skill, never another community's.
 */
import { instanceEnv } from '../../localcloud/function-env';
import { startTestCloud, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
let members: typeof import('../../cloudfunctions/_shared/members');
const savedEnv = { ...process.env };

beforeAll(async () => {
  cloud = await startTestCloud({ demoParty: true });
  Object.assign(process.env, instanceEnv(), { TCB_CONTEXT_CNFG: JSON.stringify({ URL: cloud.adminUrl }) });
  members = await import('../../cloudfunctions/_shared/members');
  // 40 more confirmed members (half offering 调解) and one of another community, written directly.
  const at = new Date();
  const row = (i: number, communityId = 'c-demo') => ({
    _id: `${communityId}_u_extra${String(i).padStart(3, '0')}`,
    communityId,
    userId: `u_extra${String(i).padStart(3, '0')}`,
    name: `党员${i}`,
    unitId: 'unit-demo-czj',
    partyOrg: '某党支部',
    skills: i % 2 ? ['mediation'] : ['it'],
    skillsNote: '',
    availableTimes: ['saturday'],
    status: 'confirmed',
    createdAt: at,
  });
  cloud.store.insertMany('member_registrations', [...Array.from({ length: 40 }, (_, i) => row(i)), row(99, 'c-other')]);
});
afterAll(async () => {
  process.env = savedEnv;
  await cloud.close();
});

test('unitOfMember: the unit of a confirmed registration; "" when pending or not registered', async () => {
  expect(await members.unitOfMember('c-demo', userIdFor('demo-party-1'))).toBe('unit-demo-czj');
  expect(await members.unitOfMember('c-demo', userIdFor('demo-party-3'))).toBe(''); // pending
  expect(await members.unitOfMember('c-demo', userIdFor('demo-resident-1'))).toBe('');
  expect(await members.unitOfMember('c-other', userIdFor('demo-party-1'))).toBe('');
});

test('registrationsPage pages every confirmed member once, by _id; with a skill only those offering it', async () => {
  const seen: string[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await members.registrationsPage('c-demo', { status: 'confirmed', after, size: 15 });
    seen.push(...page.items.map((r) => r.userId));
    after = page.nextAfter;
    pages += 1;
  } while (after && pages < 10);
  expect(seen).toHaveLength(42); // 张党员, 陈党员 and the 40
  expect(new Set(seen).size).toBe(42);
  expect(seen).not.toContain('u_extra099');
  expect(seen).not.toContain(userIdFor('demo-party-3'));
  const mediators = await members.confirmedMembers('c-demo', 'mediation');
  expect(mediators).toHaveLength(20);
  expect(mediators.every((r) => r.skills.includes('mediation'))).toBe(true);
  expect((await members.registrationsPage('c-demo', { status: 'pending' })).items.map((r) => r.name)).toEqual([
    '刘党员',
  ]);
});
