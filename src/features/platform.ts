/** Build-time platform flags (Taro replaces process.env.TARO_ENV, so dead branches are dropped). */
export const IS_WEAPP = process.env.TARO_ENV === 'weapp';
export const IS_H5 = process.env.TARO_ENV === 'h5';

export const LOGIN_PAGE = '/pages/login/index';
export const HOME_PAGE = '/pages/home/index';
export const PROFILE_EDIT_PAGE = '/packages/profile/edit/index';
