import type { RouteRecordRaw } from 'vue-router';

const UUID = '[0-9a-fA-F-]{36}';

/** Pages inside the signed-in layout. */
export const lecturesRoutes: RouteRecordRaw[] = [
  {
    path: 'lectures',
    name: 'my-lectures',
    component: () => import('./views/MySessionsView.vue'),
    meta: { title: 'lectures.nav.mine', roles: ['lecturer'], menu: { order: 46, icon: 'Microphone' } },
  },
  {
    path: 'lectures/new',
    name: 'lecture-new',
    component: () => import('./views/SessionFormView.vue'),
    meta: { title: 'lectures.nav.new', roles: ['lecturer', 'unit_admin', 'org_admin'] },
  },
  {
    path: 'lectures/verify',
    name: 'lecture-verify',
    component: () => import('./views/SessionListView.vue'),
    props: { mode: 'verify' },
    meta: { title: 'lectures.nav.verify', roles: ['unit_admin', 'org_admin'], menu: { order: 60, icon: 'Stamp' } },
  },
  {
    path: 'lectures/all',
    name: 'lecture-sessions',
    component: () => import('./views/SessionListView.vue'),
    props: { mode: 'all' },
    meta: { title: 'lectures.nav.all', roles: ['unit_admin', 'org_admin'], menu: { order: 61, icon: 'Tickets' } },
  },
  {
    path: `lectures/:id(${UUID})`,
    name: 'lecture',
    component: () => import('./views/SessionDetailView.vue'),
    meta: { title: 'lectures.nav.detail', roles: ['lecturer', 'unit_admin', 'org_admin'] },
  },
  {
    path: `lectures/:id(${UUID})/edit`,
    name: 'lecture-edit',
    component: () => import('./views/SessionFormView.vue'),
    meta: { title: 'lectures.nav.edit', roles: ['lecturer', 'unit_admin', 'org_admin'] },
  },
];

/** Pages without sign-in (the audience feedback page reached by QR code). */
export const lecturesPublicRoutes: RouteRecordRaw[] = [
  {
    path: `/feedback/:id`,
    name: 'lecture-feedback',
    component: () => import('./views/FeedbackView.vue'),
    meta: { public: true, title: 'lectures.feedback.title' },
  },
];
