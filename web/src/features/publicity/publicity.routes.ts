import type { RouteRecordRaw } from 'vue-router';

const ADMINS = ['org_admin', 'unit_admin'] as const;

/** Publicity (宣传引导): items for every admin; channels, columns, programmes and contests managed by the org admin. */
export const publicityRoutes: RouteRecordRaw[] = [
  {
    path: 'publicity/items',
    name: 'publicity-items',
    component: () => import('./views/ItemListView.vue'),
    meta: { title: 'publicity.items', roles: [...ADMINS], menu: { order: 79, icon: 'Promotion', roles: [...ADMINS] } },
  },
  {
    path: 'publicity/figures',
    name: 'publicity-figures',
    component: () => import('./views/PublicityFiguresView.vue'),
    meta: { title: 'publicity.figures', roles: [...ADMINS], menu: { order: 80, icon: 'DataAnalysis', roles: [...ADMINS] } },
  },
  {
    path: 'publicity/columns',
    name: 'publicity-columns',
    component: () => import('./views/ColumnsView.vue'),
    meta: { title: 'publicity.columns', roles: [...ADMINS], menu: { order: 81, icon: 'Collection', roles: ['org_admin'] } },
  },
  {
    path: 'publicity/programmes',
    name: 'publicity-programmes',
    component: () => import('./views/ProgrammesView.vue'),
    meta: { title: 'publicity.programmes', roles: [...ADMINS], menu: { order: 82, icon: 'VideoCamera', roles: ['org_admin'] } },
  },
  {
    path: 'publicity/contests',
    name: 'publicity-contests',
    component: () => import('./views/ContestListView.vue'),
    meta: { title: 'publicity.contests', roles: [...ADMINS], menu: { order: 83, icon: 'Trophy', roles: ['org_admin'] } },
  },
  { path: 'publicity/contests/:id', name: 'publicity-contest', component: () => import('./views/ContestView.vue'), meta: { title: 'publicity.contest', roles: [...ADMINS] } },
  { path: 'publicity/contests/:id/notice', name: 'publicity-contest-notice', component: () => import('./views/ContestNoticeView.vue'), meta: { title: 'publicity.notice', roles: [...ADMINS] } },
];
