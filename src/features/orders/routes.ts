/** Where the 三单 pages live (app.config.ts subpackages). Pure: the workbench tiles use these too. */
export const ORDER_PAGES = {
  create: '/packages/orders/new/index',
  mine: '/packages/orders/mine/index',
  grabHall: '/packages/tasks/pool/index',
  myTasks: '/packages/tasks/mine/index',
  dispatch: '/packages/admin/dispatch/index',
  all: '/packages/admin/orders/index',
  overdue: '/packages/admin/overdue/index',
  proxy: '/packages/orders/proxy/index',
  proxied: '/packages/orders/proxied/index',
  gridOrders: '/packages/tasks/grid/index',
  rectify: '/packages/tasks/rectify/index',
} as const;

export const orderDetailUrl = (orderId: string): string =>
  `/packages/orders/detail/index?id=${encodeURIComponent(orderId)}`;

export const completeUrl = (orderId: string): string =>
  `/packages/tasks/complete/index?id=${encodeURIComponent(orderId)}`;
