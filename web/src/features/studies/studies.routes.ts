import type { RouteRecordRaw } from 'vue-router';

const ADMINS = ['org_admin', 'unit_admin'] as const;

export const studiesRoutes: RouteRecordRaw[] = [
  {
    path: 'studies',
    name: 'studies',
    component: () => import('./views/StudyListView.vue'),
    meta: { title: 'studies.title', roles: [...ADMINS], menu: { order: 70, icon: 'ChatDotSquare' } },
  },
  {
    path: 'studies/stats',
    name: 'study-stats',
    component: () => import('./views/StudyStatsView.vue'),
    meta: { title: 'studies.stats.title', roles: [...ADMINS], menu: { order: 71, icon: 'TrendCharts' } },
  },
  { path: 'studies/new', name: 'study-new', component: () => import('./views/StudyFormView.vue'), meta: { title: 'studies.form.newTitle', roles: [...ADMINS] } },
  { path: 'studies/:id/edit', name: 'study-edit', component: () => import('./views/StudyFormView.vue'), meta: { title: 'studies.form.editTitle', roles: [...ADMINS] } },
  // No roles: an attendee opens a submitted record from their archive; the server decides who may read it.
  { path: 'studies/:id', name: 'study', component: () => import('./views/StudyDetailView.vue'), meta: { title: 'studies.detail.title' } },
];
