/** Typed calls of the `party` cloud function (types/party.ts): 在职党员报到, 1+X and the 反馈卡. */
import type { Envelope, Page } from '../../types/envelope';
import type { LedgerFile } from '../../types/ledgers';
import type { MemberStatus, RegistrationInput } from '../../types/members';
import type {
  CardView,
  MemberDetail,
  MineView,
  RegistrationView,
  UnitMemberRow,
  UnitOverview,
  UnitView,
} from '../../types/party';
import { callCloud } from './cloud';

const paged = (cursor?: string) => (cursor ? { cursor } : {});

export const listUnits = (): Promise<Envelope<{ units: UnitView[] }>> => callCloud('party', { action: 'units' });

export const registerMember = (
  form: RegistrationInput,
): Promise<Envelope<{ registration: RegistrationView; created: boolean }>> =>
  callCloud('party', { action: 'register', ...form });

export const myRegistration = (period?: string): Promise<Envelope<MineView>> =>
  callCloud('party', { action: 'mine', ...(period ? { period } : {}) });

export const suggest = (text: string, requestId: string): Promise<Envelope<{ saved: true }>> =>
  callCloud('party', { action: 'suggest', text, requestId });

export const reviewList = (status: MemberStatus, cursor?: string): Promise<Envelope<Page<RegistrationView>>> =>
  callCloud('party', { action: 'review.list', status, ...paged(cursor) });

export const decideRegistration = (
  userId: string,
  decision: 'confirm' | 'reject',
  reason?: string,
): Promise<Envelope<RegistrationView>> =>
  callCloud('party', { action: 'review.decide', userId, decision, ...(reason ? { reason } : {}) });

export const memberDetail = (userId: string, period: string): Promise<Envelope<MemberDetail>> =>
  callCloud('party', { action: 'member.get', userId, period });

export const pairHousehold = (userId: string, householdId: string): Promise<Envelope<{ paired: true }>> =>
  callCloud('party', { action: 'pair', userId, householdId });

export const signCard = (userId: string, period: string, remark: string): Promise<Envelope<CardView>> =>
  callCloud('party', { action: 'card.sign', userId, period, remark });

export const unitOverview = (): Promise<Envelope<UnitOverview>> => callCloud('party', { action: 'unit.overview' });

export const unitMembers = (unitId: string, cursor?: string): Promise<Envelope<Page<UnitMemberRow>>> =>
  callCloud('party', { action: 'unit.members', unitId, ...paged(cursor) });

export const unitCards = (unitId: string, cursor?: string): Promise<Envelope<Page<CardView>>> =>
  callCloud('party', { action: 'card.list', unitId, ...paged(cursor) });

/** A signed 反馈卡 as Word, built for the caller; open it with openLedgerFile (services/ledgers). */
export const cardFile = (cardId: string): Promise<Envelope<LedgerFile & { card: CardView }>> =>
  callCloud('party', { action: 'card.file', cardId });
