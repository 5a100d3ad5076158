/** Function `stats`: the 数据看板 (issue 13) for community admins and 街道管理员, read from counters. */
import { statsEventSchema, type StatsEvent } from '../../types/stats';
import { defineFunction } from '../_shared/define-function';
import { dashboard } from './dashboard';

export const main = defineFunction<StatsEvent>('stats', statsEventSchema, {
  dashboard: (e) => dashboard(e),
});
