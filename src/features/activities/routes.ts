/** The activity pages (src/app.config.ts, subpackage packages/activities). */
export const ACTIVITY_PAGES = {
  list: '/packages/activities/list/index',
  detail: (id: string) => `/packages/activities/detail/index?id=${encodeURIComponent(id)}`,
  host: (id: string) => `/packages/activities/host/index?id=${encodeURIComponent(id)}`,
  publish: '/packages/activities/publish/index',
  hours: '/packages/activities/hours/index',
  mine: '/packages/activities/mine/index',
} as const;
