import type { RouteRecordRaw } from 'vue-router';

export const usersRoutes: RouteRecordRaw[] = [
  {
    path: 'users',
    name: 'users',
    component: () => import('./views/UsersView.vue'),
    meta: { title: 'nav.users', roles: ['org_admin', 'unit_admin'], menu: { order: 30, icon: 'UserFilled' } },
  },
  {
    path: 'users/initial-passwords',
    name: 'initial-passwords',
    component: () => import('./views/InitialPasswordsView.vue'),
    meta: { title: 'initialPasswords.title', roles: ['org_admin', 'unit_admin'] },
  },
];
