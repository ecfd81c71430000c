import type { RouteRecordRaw } from 'vue-router';

export const reportsRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/progress-report',
    name: 'progress-report',
    component: () => import('./views/ProgressReportView.vue'),
    meta: { title: 'reports.title', roles: ['org_admin'], menu: { order: 6, icon: 'Document' } },
  },
];
