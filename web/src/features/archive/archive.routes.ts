import type { RouteRecordRaw } from 'vue-router';

export const archiveRoutes: RouteRecordRaw[] = [
  { path: 'archive', name: 'archive', component: () => import('./views/ArchiveView.vue'), meta: { title: 'nav.archive', menu: { order: 40, icon: 'Files', tab: true } } },
  { path: 'archive/print', name: 'archive-print', component: () => import('./views/ArchivePrintView.vue'), meta: { title: 'nav.archive' } },
  {
    path: 'users/:id/archive/print',
    name: 'cadre-archive-print',
    component: () => import('./views/ArchivePrintView.vue'),
    meta: { title: 'nav.archive', roles: ['org_admin', 'unit_admin'] },
  },
  { path: 'claims', name: 'my-claims', component: () => import('./views/ClaimsView.vue'), meta: { title: 'claims.title', menu: { order: 45, icon: 'Stamp' } } },
  {
    path: 'users/:id/archive',
    name: 'cadre-archive',
    component: () => import('./views/ArchiveView.vue'),
    meta: { title: 'nav.archive', roles: ['org_admin', 'unit_admin'] },
  },
];
