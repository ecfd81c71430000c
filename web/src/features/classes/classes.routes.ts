import type { RouteRecordRaw } from 'vue-router';

const ADMINS = ['org_admin', 'unit_admin'] as const;

export const classesRoutes: RouteRecordRaw[] = [
  // No roles: a cadre sees the classes they are enrolled in, an admin those their scope organises or enrols.
  { path: 'classes', name: 'classes', component: () => import('./views/ClassListView.vue'), meta: { title: 'classes.title', menu: { order: 25, icon: 'Calendar' } } },
  { path: 'classes/new', name: 'class-new', component: () => import('./views/ClassFormView.vue'), meta: { title: 'classes.form.newTitle', roles: [...ADMINS] } },
  // The QR code opens this page on the cadre's phone with the session and the code in the query.
  { path: 'classes/sign-in', name: 'class-sign-in', component: () => import('./views/ClassSignInView.vue'), meta: { title: 'classes.signIn.title' } },
  { path: 'classes/:id', name: 'class', component: () => import('./views/ClassDetailView.vue'), meta: { title: 'classes.title' } },
  { path: 'classes/:id/edit', name: 'class-edit', component: () => import('./views/ClassFormView.vue'), meta: { title: 'classes.form.editTitle', roles: [...ADMINS] } },
  { path: 'classes/:id/survey', name: 'class-survey', component: () => import('./views/ClassSurveyView.vue'), meta: { title: 'classes.survey.title' } },
];

/** The live sign-in screen is for a projector: its own page, outside the admin layout (no menu, no top bar). */
export const classesScreenRoutes: RouteRecordRaw[] = [
  {
    path: '/classes/:id/sessions/:sessionId/live',
    name: 'class-live',
    component: () => import('./views/ClassLiveSignInView.vue'),
    meta: { title: 'classes.live.title', roles: [...ADMINS] },
  },
];
