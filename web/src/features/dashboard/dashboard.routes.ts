import type { RouteRecordRaw } from 'vue-router';

export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/dashboard',
    name: 'dashboard',
    component: () => import('./views/DashboardView.vue'),
    meta: { title: 'dashboard.title', roles: ['org_admin', 'unit_admin'], menu: { order: 5, icon: 'TrendCharts' } },
  },
];
