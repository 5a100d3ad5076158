/**
 * Function `wishes`: 微心愿 (issue 14). Residents (and building leaders for their residents) post
 * small wishes; community admins review them; party members claim one (exactly one wins), fulfil
 * it with a note and photos, and the resident confirms: the claimer earns points and volunteer
 * hours. Lists: 心愿墙, 我的心愿, 我认领的, 已圆梦 (with the 圆梦 count), 待审核.
 */
import { wishesEventSchema, type WishesEvent } from '../../types/wishes';
import { defineFunction } from '../_shared/define-function';
import { postWish } from './post';
import { cancelWish, claimWish, fulfilWish, releaseWish, reviewWish } from './act';
import { confirmWish } from './confirm';
import { getWish, listWishes } from './read';

export const main = defineFunction<WishesEvent>('wishes', wishesEventSchema, {
  post: (e) => postWish(e),
  review: (e) => reviewWish(e),
  cancel: (e) => cancelWish(e),
  claim: (e) => claimWish(e),
  release: (e) => releaseWish(e),
  fulfil: (e) => fulfilWish(e),
  confirm: (e) => confirmWish(e),
  get: (e) => getWish(e),
  list: (e) => listWishes(e),
});
