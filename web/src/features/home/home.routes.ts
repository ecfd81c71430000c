import type { RouteRecordRaw } from 'vue-router';

export const homeRoutes: RouteRecordRaw[] = [
  { path: '', name: 'home', component: () => import('./views/HomeView.vue'), meta: { title: 'nav.home', menu: { order: 0, icon: 'HomeFilled', tab: true } } },
  { path: 'me', name: 'profile', component: () => import('./views/ProfileView.vue'), meta: { title: 'nav.me', menu: { order: 90, icon: 'User', tab: true } } },
  { path: 'forbidden', name: 'forbidden', component: () => import('./views/ForbiddenView.vue'), meta: { title: 'forbidden.title' } },
];
