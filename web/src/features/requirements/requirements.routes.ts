import type { RouteRecordRaw } from 'vue-router';

export const requirementsRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/shortfalls',
    name: 'shortfalls',
    component: () => import('./views/ShortfallsView.vue'),
    meta: { title: 'shortfalls.title', roles: ['org_admin', 'unit_admin'], menu: { order: 33, icon: 'Warning' } },
  },
  {
    // 年度结算: the city's org admin closes and reopens a year; every admin downloads the sheet for 年度考核 of their scope.
    path: 'admin/settlement',
    name: 'settlement',
    component: () => import('./views/SettlementView.vue'),
    meta: { title: 'settlement.title', roles: ['org_admin', 'unit_admin'], menu: { order: 34, icon: 'Stamp' } },
  },
  {
    // The individual 通报: a page of its own, printed on A4 without the app's navigation.
    path: 'admin/shortfalls/:userId/notice',
    name: 'shortfall-notice',
    component: () => import('./views/ShortfallNoticeView.vue'),
    meta: { title: 'shortfalls.noticeTitle', roles: ['org_admin', 'unit_admin'] },
  },
];
