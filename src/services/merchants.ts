/** Typed calls of the `merchants` cloud function (types/merchants.ts): 商家, services, 确认服务, 信得过. */
import type { Envelope, Page } from '../../types/envelope';
import type {
  AdminShopRow,
  CodeView,
  ConfirmationView,
  MyShop,
  ServiceInput,
  ServiceView,
  ShopPageInput,
  ShopView,
} from '../../types/merchants';
import { callCloud } from './cloud';

export const myShops = (): Promise<Envelope<{ shops: MyShop[] }>> => callCloud('merchants', { action: 'mine' });

export const merchantCode = (placeId: string): Promise<Envelope<CodeView>> =>
  callCloud('merchants', { action: 'code', placeId });

export const saveShopPage = (placeId: string, page: ShopPageInput): Promise<Envelope<{ page: ShopPageInput }>> =>
  callCloud('merchants', { action: 'page.save', placeId, page });

export const saveService = (
  placeId: string,
  service: ServiceInput,
  serviceId?: string,
): Promise<Envelope<{ service: ServiceView }>> =>
  callCloud('merchants', { action: 'service.save', placeId, service, ...(serviceId ? { serviceId } : {}) });

export const removeService = (placeId: string, serviceId: string): Promise<Envelope<{ removed: true }>> =>
  callCloud('merchants', { action: 'service.remove', placeId, serviceId });

export const confirmations = (placeId: string, cursor?: string): Promise<Envelope<Page<ConfirmationView>>> =>
  callCloud('merchants', { action: 'confirmations', placeId, ...(cursor ? { cursor } : {}) });

export const replyToComplaint = (
  confirmationId: string,
  reply: string,
): Promise<Envelope<{ confirmation: ConfirmationView }>> =>
  callCloud('merchants', { action: 'reply', confirmationId, reply });

export const shopFor = (placeId: string): Promise<Envelope<ShopView>> =>
  callCloud('merchants', { action: 'shop', placeId });

export const confirmService = (
  placeId: string,
  serviceId: string,
  code: string,
  rating?: number,
): Promise<Envelope<{ confirmed: true; already: boolean; confirmation: ConfirmationView }>> =>
  callCloud('merchants', { action: 'confirm', placeId, serviceId, code, ...(rating ? { rating } : {}) });

export const merchantShops = (cursor?: string): Promise<Envelope<Page<AdminShopRow>>> =>
  callCloud('merchants', { action: 'shops', ...(cursor ? { cursor } : {}) });

export const linkMerchant = (placeId: string, userId: string): Promise<Envelope<{ linked: true }>> =>
  callCloud('merchants', { action: 'link', placeId, userId });

export const unlinkMerchant = (placeId: string): Promise<Envelope<{ unlinked: true }>> =>
  callCloud('merchants', { action: 'unlink', placeId });

export const setTrusted = (placeId: string, trusted: boolean): Promise<Envelope<{ trusted: boolean }>> =>
  callCloud('merchants', { action: 'trust', placeId, trusted });
