/** Build-time platform flags (Taro replaces process.env.TARO_ENV, so dead branches are dropped). */
export const IS_WEAPP = process.env.TARO_ENV === 'weapp';
export const IS_H5 = process.env.TARO_ENV === 'h5';

/** The H5 dev sign-in; the mini-program has no such page, and its build holds not even the path. */
export const LOGIN_PAGE = process.env.TARO_ENV === 'h5' ? '/pages/login/index' : '';
export const HOME_PAGE = '/pages/home/index';
export const PROFILE_EDIT_PAGE = '/packages/profile/edit/index';
