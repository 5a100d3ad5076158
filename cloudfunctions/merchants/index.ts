/**
 * Function `merchants`: the 商家 of the 15分钟便民服务圈 (issue 15 point 4). Admins link a member to
 * the place they run and name 社区信得过 merchants; a merchant keeps their place's page and services
 * and shows the code residents scan; residents see the services and confirm one, which earns the
 * merchant 便民服务积分.
 */
import { merchantsEventSchema, type MerchantsEvent } from '../../types/merchants';
import { defineFunction } from '../_shared/define-function';
import { linkMerchant, listShops, setTrusted, unlinkMerchant } from './admin';
import {
  currentCode,
  listConfirmations,
  myShops,
  removeService,
  replyToComplaint,
  saveService,
  saveShopPage,
} from './shop';
import { confirmService, shopForResident } from './resident';

export const main = defineFunction<MerchantsEvent>('merchants', merchantsEventSchema, {
  link: (e) => linkMerchant(e),
  unlink: (e) => unlinkMerchant(e),
  shops: (e) => listShops(e),
  trust: (e) => setTrusted(e),
  mine: () => myShops(),
  'page.save': (e) => saveShopPage(e),
  'service.save': (e) => saveService(e),
  'service.remove': (e) => removeService(e),
  code: (e) => currentCode(e),
  confirmations: (e) => listConfirmations(e),
  reply: (e) => replyToComplaint(e),
  shop: (e) => shopForResident(e),
  confirm: (e) => confirmService(e),
});
