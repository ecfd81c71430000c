import type { RouteRecordRaw } from 'vue-router';

export const auditRoutes: RouteRecordRaw[] = [
  {
    path: 'audit-logs',
    name: 'audit-logs',
    component: () => import('./views/AuditLogView.vue'),
    meta: { title: 'nav.audit', roles: ['org_admin', 'auditor'], menu: { order: 80, icon: 'Document' } },
  },
];
