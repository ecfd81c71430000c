import type { RouteRecordRaw } from 'vue-router';

export const authRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true, title: 'login.title' } },
  {
    path: '/password',
    name: 'change-password',
    component: () => import('./views/ChangePasswordView.vue'),
    meta: { title: 'password.title' },
  },
];
