import type { RouteRecordRaw } from 'vue-router';

const ADMINS = ['org_admin', 'unit_admin'] as const;

/**
 * Inspectors are cadres of any role on an inspection team, so the inspection pages open for any signed-in user (the
 * server shows each only what they may see); the menu lists them for the admins, who organise and answer inspections.
 * Public notices (公开通报) are for every cadre of their scope, so their list is in everyone's menu.
 */
export const supervisionRoutes: RouteRecordRaw[] = [
  {
    path: 'supervision',
    name: 'supervision',
    component: () => import('./views/InspectionListView.vue'),
    meta: { title: 'supervision.title', menu: { order: 77, icon: 'Stamp', roles: [...ADMINS] } },
  },
  {
    path: 'supervision/rectifications',
    name: 'rectifications',
    component: () => import('./views/RectificationListView.vue'),
    meta: { title: 'supervision.rectifications', menu: { order: 78, icon: 'Tickets', roles: [...ADMINS] } },
  },
  {
    path: 'supervision/notices',
    name: 'notices',
    component: () => import('./views/NoticeListView.vue'),
    meta: { title: 'supervision.notice.title', menu: { order: 79, icon: 'Bell' } },
  },
  { path: 'supervision/notices/new', name: 'notice-new', component: () => import('./views/NoticeComposeView.vue'), meta: { title: 'supervision.notice.compose', roles: ['org_admin'] } },
  { path: 'supervision/notices/:id/edit', name: 'notice-edit', component: () => import('./views/NoticeComposeView.vue'), meta: { title: 'supervision.notice.edit', roles: ['org_admin'] } },
  { path: 'supervision/notices/:id', name: 'notice', component: () => import('./views/NoticeView.vue'), meta: { title: 'supervision.notice.detail' } },
  { path: 'supervision/rectifications/:id', name: 'rectification', component: () => import('./views/RectificationView.vue'), meta: { title: 'supervision.rectification' } },
  { path: 'supervision/figures', name: 'supervision-figures', component: () => import('./views/SupervisionFiguresView.vue'), meta: { title: 'supervision.figures.title', roles: [...ADMINS] } },
  { path: 'supervision/:id', name: 'inspection', component: () => import('./views/InspectionView.vue'), meta: { title: 'supervision.inspection' } },
  { path: 'supervision/:id/findings/new', name: 'finding-new', component: () => import('./views/FindingFormView.vue'), meta: { title: 'supervision.finding.new' } },
];
