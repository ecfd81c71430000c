import type { RouteRecordRaw } from 'vue-router';

const ADMINS = ['org_admin', 'unit_admin'] as const;

/** The case library is for every cadre (published cases); the admins over a unit also draft, propose and publish. */
export const casesRoutes: RouteRecordRaw[] = [
  { path: 'cases', name: 'cases', component: () => import('./views/CaseListView.vue'), meta: { title: 'cases.title', menu: { order: 79, icon: 'Collection' } } },
  { path: 'cases/new', name: 'case-new', component: () => import('./views/CaseFormView.vue'), meta: { title: 'cases.create', roles: [...ADMINS] } },
  { path: 'cases/:id/edit', name: 'case-edit', component: () => import('./views/CaseFormView.vue'), meta: { title: 'cases.edit', roles: [...ADMINS] } },
  { path: 'cases/:id', name: 'case', component: () => import('./views/CaseView.vue'), meta: { title: 'cases.detail' } },
];
