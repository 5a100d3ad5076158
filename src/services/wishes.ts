/** Typed calls of the `wishes` cloud function (types/wishes.ts): 微心愿. Every call answers an Envelope. */
import type { Envelope } from '../../types/envelope';
import type { WishesEvent, WishPage, WishTab, WishView } from '../../types/wishes';
import { callCloud } from './cloud';

type Fields<A extends WishesEvent['action']> = Omit<Extract<WishesEvent, { action: A }>, 'action'>;
type WishAnswer = Promise<Envelope<{ wish: WishView }>>;

export const listWishes = (tab: WishTab, cursor?: string): Promise<Envelope<WishPage>> =>
  callCloud('wishes', { action: 'list', tab, ...(cursor ? { cursor } : {}) });

export const getWish = (wishId: string): WishAnswer => callCloud('wishes', { action: 'get', wishId });

export const postWish = (fields: Fields<'post'>): WishAnswer => callCloud('wishes', { action: 'post', ...fields });

export const reviewWish = (wishId: string, approve: boolean, reason?: string): WishAnswer =>
  callCloud('wishes', { action: 'review', wishId, approve, ...(reason ? { reason } : {}) });

export const cancelWish = (wishId: string): WishAnswer => callCloud('wishes', { action: 'cancel', wishId });
export const claimWish = (wishId: string): WishAnswer => callCloud('wishes', { action: 'claim', wishId });
export const releaseWish = (wishId: string): WishAnswer => callCloud('wishes', { action: 'release', wishId });

export const fulfilWish = (fields: Fields<'fulfil'>): WishAnswer =>
  callCloud('wishes', { action: 'fulfil', ...fields });

export const confirmWish = (wishId: string): Promise<Envelope<{ wish: WishView; points: number }>> =>
  callCloud('wishes', { action: 'confirm', wishId });
