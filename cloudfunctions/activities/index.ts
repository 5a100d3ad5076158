/**
 * Function `activities`: 活动清单 / 服务清单 with 召集令, sign-up, check-in and check-out with the
 * host's rotating code, the host's roll and 一键发放积分, and 我的时长 (issue 14).
 */
import { activitiesEventSchema, type ActivitiesEvent } from '../../types/activities';
import { defineFunction } from '../_shared/define-function';
import { callUpAgain, publish } from './publish';
import { getActivity, listActivities, myHours, mySignups } from './read';
import { signUp, withdraw } from './signup';
import { checkIn, checkOut, currentCode, roll } from './attend';
import { roster } from './roster';
import { award } from './award';

export const main = defineFunction<ActivitiesEvent>('activities', activitiesEventSchema, {
  publish: (e) => publish(e),
  list: (e) => listActivities(e),
  get: (e) => getActivity(e),
  signup: (e) => signUp(e),
  withdraw: (e) => withdraw(e),
  checkIn: (e) => checkIn(e),
  checkOut: (e) => checkOut(e),
  code: (e) => currentCode(e),
  roster: (e) => roster(e),
  roll: (e) => roll(e),
  award: (e) => award(e),
  callUp: (e) => callUpAgain(e),
  hours: (e) => myHours(e),
  mine: (e) => mySignups(e),
});
