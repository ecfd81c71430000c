import type { RouteRecordRaw } from 'vue-router';

export const courseAdminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/courses',
    name: 'course-admin',
    component: () => import('./views/CourseAdminListView.vue'),
    meta: { title: 'courseAdmin.title', roles: ['org_admin'], menu: { order: 50, icon: 'Collection' } },
  },
  {
    path: 'admin/courses/:id',
    name: 'course-editor',
    component: () => import('./views/CourseEditorView.vue'),
    meta: { title: 'courseAdmin.title', roles: ['org_admin'] },
  },
  {
    path: 'admin/claims',
    name: 'claims-review',
    component: () => import('./views/ClaimsReviewView.vue'),
    meta: { title: 'claims.review', roles: ['org_admin', 'unit_admin'], menu: { order: 55, icon: 'Stamp' } },
  },
  {
    path: 'admin/plans',
    name: 'plans',
    component: () => import('./views/PlanView.vue'),
    meta: { title: 'plan.title', roles: ['org_admin'], menu: { order: 58, icon: 'Calendar' } },
  },
];
